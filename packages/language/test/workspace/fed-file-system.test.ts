import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { FedFileSystemProvider } from '../../src/workspace/fed-file-system.js';
import { mapWorkspaceFiles, mapWorkspaceOf } from '../../src/workspace/map-workspace.js';
import { tempTree } from '../fixtures.js';

const FOLDER = 'vscode-vfs://github/team/maps';
const at = (name: string): URI => URI.parse(`${FOLDER}/${name}`);

function fed(): FedFileSystemProvider {
    const files = new FedFileSystemProvider();
    files.feed([FOLDER], [
        { uri: `${FOLDER}/cjm.config.json`, text: '{}' },
        { uri: `${FOLDER}/a.cjm`, text: '\uFEFFjourney A {}' },
        { uri: `${FOLDER}/team/b.cjm`, text: 'journey B {}' }
    ]);
    return files;
}

describe('FedFileSystemProvider: the files the editor sent', () => {
    it('lists, reads and tells files from the folders on their way; the text without a byte order mark', async () => {
        const files = fed();
        expect(files.readDirectorySync(URI.parse(FOLDER)).map(entry => [entry.uri.toString(), entry.isFile, entry.isDirectory])).toEqual([
            [`${FOLDER}/cjm.config.json`, true, false], [`${FOLDER}/a.cjm`, true, false], [`${FOLDER}/team`, false, true]
        ]);
        expect(await files.readFile(at('a.cjm'))).toBe('journey A {}');
        expect(files.statSync(at('team')).isDirectory).toBe(true);
        expect(files.existsSync(at('team/b.cjm'))).toBe(true);
        expect(files.existsSync(at('c.cjm'))).toBe(false);
        expect(() => files.readFileSync(at('c.cjm'))).toThrow('no such file');
    });

    it('keeps the workspace rule: the maps of the fed folder, with its config file', () => {
        const files = fed();
        const workspace = mapWorkspaceOf(files, at('team/b.cjm'));
        expect(workspace.root.toString()).toBe(FOLDER);
        expect(mapWorkspaceFiles(files, workspace).map(file => file.toString())).toEqual([`${FOLDER}/a.cjm`, `${FOLDER}/team/b.cjm`]);
    });

    it('applies changes: a new text, a new file, a deleted file', () => {
        const files = fed();
        files.change([{ uri: `${FOLDER}/a.cjm`, text: 'journey A2 {}' }, { uri: `${FOLDER}/c.cjm`, text: '' }, { uri: `${FOLDER}/team/b.cjm` }]);
        expect(files.readFileSync(at('a.cjm'))).toBe('journey A2 {}');
        expect(files.existsSync(at('c.cjm'))).toBe(true);
        expect(files.existsSync(at('team'))).toBe(false);
    });

    it('feeds only its folders, scheme and host included; the rest is the disk\'s, for file URIs only', () => {
        const root = tempTree({ 'a.cjm': 'journey OnDisk {}' });
        const files = new FedFileSystemProvider(NodeFileSystem.fileSystemProvider());
        files.feed([FOLDER], []);
        expect(files.feeds(at('x.cjm'))).toBe(true);
        expect(files.feeds(URI.parse('vscode-vfs://gitlab/team/maps/x.cjm'))).toBe(false);
        expect(files.feeds(URI.file('/team/maps/x.cjm'))).toBe(false);
        expect(files.readFileSync(URI.file(path.join(root, 'a.cjm')))).toBe('journey OnDisk {}');
        expect(files.existsSync(URI.parse('git:/a.cjm'))).toBe(false);
        expect(new FedFileSystemProvider().existsSync(URI.file(path.join(root, 'a.cjm')))).toBe(false);
    });
});
