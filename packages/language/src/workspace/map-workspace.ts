import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../config/config.js';

/**
 * The workspace of a map: the folder its references resolve in, and whether the folder's
 * subfolders belong to it. Every command that reads maps and the language server (for a
 * file outside the folders the editor opened) take it from here, so that a map means the
 * same everywhere.
 */
export interface MapWorkspace {
    /** Absolute folder. */
    readonly root: string;
    /** False when the workspace is the file's own folder only. */
    readonly recursive: boolean;
}

const MAP_EXTENSION = '.cjm';

/**
 * The workspace of the map at `file` (absolute; it need not exist): going up from its
 * folder, the first folder that holds a `cjm.config.json` or is a repository root (`.git`,
 * a folder or, in a worktree or submodule, a file); else the file's own folder without
 * its subfolders, so that `~/Downloads/a.cjm` never reads all of `~/Downloads`. A map in a
 * `node_modules` or dot folder below that root is none of the root's maps (workspaceFiles
 * skips those folders), so it too gets its own folder.
 */
export function workspaceOf(file: string): MapWorkspace {
    const own = path.dirname(path.resolve(file));
    let skipped = false;
    for (let folder = own; ; folder = path.dirname(folder)) {
        if (bordersWorkspace(folder)) {
            return skipped ? { root: own, recursive: false } : { root: folder, recursive: true };
        }
        if (path.dirname(folder) === folder) {
            return { root: own, recursive: false };
        }
        skipped ||= isSkippedFolder(path.basename(folder));
    }
}

/**
 * The maps of a workspace, absolute and sorted by code units: `*.cjm` files, below the
 * root when the workspace is recursive, never in `node_modules` or dot folders nor in a
 * subfolder that is a workspace of its own (its own config file or repository).
 */
export function workspaceFiles(workspace: MapWorkspace): string[] {
    const found: string[] = [];
    const visit = (folder: string): void => {
        let entries: fs.Dirent[];
        try {
            entries = fs.readdirSync(folder, { withFileTypes: true });
        } catch {
            return; // A folder that is gone or unreadable holds no maps for us.
        }
        for (const entry of entries) {
            const entryPath = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                if (workspace.recursive && !isSkippedFolder(entry.name) && !bordersWorkspace(entryPath)) {
                    visit(entryPath);
                }
            } else if (!entry.name.startsWith('.') && path.extname(entry.name) === MAP_EXTENSION && isFile(entry, entryPath)) {
                found.push(entryPath);
            }
        }
    };
    visit(workspace.root);
    return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Folders whose maps are never a workspace's own. */
export function isSkippedFolder(name: string): boolean {
    return name === 'node_modules' || name.startsWith('.');
}

/** Whether a folder starts a workspace: it holds a config file or is a repository root. */
function bordersWorkspace(folder: string): boolean {
    return fs.existsSync(path.join(folder, CONFIG_FILE_NAME)) || fs.existsSync(path.join(folder, '.git'));
}

/** A file, or a symbolic link to one. */
function isFile(entry: fs.Dirent, entryPath: string): boolean {
    if (entry.isFile()) {
        return true;
    }
    try {
        return entry.isSymbolicLink() && fs.statSync(entryPath).isFile();
    } catch {
        return false;
    }
}
