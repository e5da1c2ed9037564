import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// Through the disk's file system, as the CLI and the Node server read it.
import { workspaceFiles, workspaceOf } from '../../src/node/disk-workspace.js';
import { tempTree } from '../fixtures.js';

describe('workspaceOf: where the references of a map resolve', () => {
    it('is the nearest folder with a cjm.config.json', () => {
        const root = tempTree({ 'cjm.config.json': '{}', 'maps/deep/a.cjm': '' });
        expect(workspaceOf(path.join(root, 'maps/deep/a.cjm'))).toEqual({ root, recursive: true });
    });

    it('else the repository root, whether .git is a folder or a file (worktrees, submodules)', () => {
        const withFolder = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'maps/a.cjm': '' });
        const withFile = tempTree({ '.git': 'gitdir: /elsewhere\n', 'maps/a.cjm': '' });
        expect(workspaceOf(path.join(withFolder, 'maps/a.cjm'))).toEqual({ root: withFolder, recursive: true });
        expect(workspaceOf(path.join(withFile, 'maps/a.cjm'))).toEqual({ root: withFile, recursive: true });
    });

    it('stops at the repository root: a config above it belongs to another project', () => {
        const root = tempTree({ 'cjm.config.json': '{}', 'project/.git/HEAD': '', 'project/a.cjm': '' });
        expect(workspaceOf(path.join(root, 'project/a.cjm')).root).toBe(path.join(root, 'project'));
    });

    it('is the file\'s own folder for a map in a dot folder or node_modules, which the root\'s workspace leaves out', () => {
        const root = tempTree({ '.git/HEAD': '', 'bench/.work/case/a.cjm': '', 'node_modules/pkg/maps/b.cjm': '' });
        expect(workspaceOf(path.join(root, 'bench/.work/case/a.cjm'))).toEqual({ root: path.join(root, 'bench/.work/case'), recursive: false });
        expect(workspaceOf(path.join(root, 'node_modules/pkg/maps/b.cjm'))).toEqual({ root: path.join(root, 'node_modules/pkg/maps'), recursive: false });
    });

    it('else the file\'s own folder without its subfolders, also for a file that does not exist yet', () => {
        const root = tempTree({ 'downloads/a.cjm': '' });
        expect(workspaceOf(path.join(root, 'downloads/a.cjm'))).toEqual({ root: path.join(root, 'downloads'), recursive: false });
        expect(workspaceOf(path.join(root, 'downloads/new/b.cjm'))).toEqual({ root: path.join(root, 'downloads/new'), recursive: false });
    });
});

describe('workspaceFiles: the maps of a workspace', () => {
    it('are the .cjm files below the root, sorted, without node_modules, dot folders, dot files or nested workspaces', () => {
        const root = tempTree({
            'cjm.config.json': '{}', 'b.cjm': '', 'a.cjm': '', 'notes.txt': '', '.hidden.cjm': '',
            'maps/c.cjm': '', 'maps/Осень.cjm': '', 'node_modules/pkg/d.cjm': '', '.cache/e.cjm': '',
            'team/cjm.config.json': '{}', 'team/f.cjm': '', 'vendor/.git': 'gitdir: x\n', 'vendor/g.cjm': ''
        });
        const names = workspaceFiles(workspaceOf(path.join(root, 'a.cjm'))).map(file => path.relative(root, file));
        expect(names).toEqual(['a.cjm', 'b.cjm', 'maps/c.cjm', 'maps/Осень.cjm']);
    });

    it('are only the file\'s own folder when there is no config and no repository', () => {
        const root = tempTree({ 'a.cjm': '', 'b.cjm': '', 'sub/c.cjm': '' });
        expect(workspaceFiles(workspaceOf(path.join(root, 'a.cjm'))).map(file => path.relative(root, file))).toEqual(['a.cjm', 'b.cjm']);
    });

    it('are none for a folder that does not exist', () => {
        expect(workspaceFiles({ root: path.join(tempTree({}), 'gone'), recursive: true })).toEqual([]);
    });
});
