import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import { CONFIG_FILE_NAME } from '../config/config.js';

/**
 * The workspace of a map: the folder its references resolve in, and whether the folder's
 * subfolders belong to it. Every command that reads maps and the language server (for a
 * file outside the folders the editor opened) take it from here, so that a map means the
 * same everywhere. It reads through Langium's FileSystemProvider: the disk in Node, the
 * files the editor sent in a browser.
 */
export interface MapWorkspace {
    readonly root: URI;
    /** False when the workspace is the file's own folder only. */
    readonly recursive: boolean;
}

const MAP_EXTENSION = '.cjm';

/**
 * The workspace of the map at `file` (it need not exist): going up from its folder, the
 * first folder that holds a `cjm.config.json` or is a repository root (`.git`, a folder
 * or, in a worktree or submodule, a file); else the file's own folder without its
 * subfolders, so that `~/Downloads/a.cjm` never reads all of `~/Downloads`. A map in a
 * `node_modules` or dot folder below that root is none of the root's maps (mapWorkspaceFiles
 * skips those folders), so it too gets its own folder.
 */
export function mapWorkspaceOf(files: FileSystemProvider, file: URI): MapWorkspace {
    const own = UriUtils.dirname(file);
    let skipped = false;
    for (let folder = own; ; folder = UriUtils.dirname(folder)) {
        if (bordersWorkspace(files, folder)) {
            return skipped ? { root: own, recursive: false } : { root: folder, recursive: true };
        }
        if (UriUtils.dirname(folder).path === folder.path) {
            return { root: own, recursive: false };
        }
        skipped ||= isSkippedFolder(UriUtils.basename(folder));
    }
}

/**
 * The maps of a workspace, sorted by the code units of their paths: `*.cjm` files, below
 * the root when the workspace is recursive, never in `node_modules` or dot folders nor in
 * a subfolder that is a workspace of its own (its own config file or repository).
 */
export function mapWorkspaceFiles(files: FileSystemProvider, workspace: MapWorkspace): URI[] {
    const found: URI[] = [];
    const visit = (folder: URI): void => {
        let entries: FileSystemNode[];
        try {
            entries = files.readDirectorySync(folder);
        } catch {
            return; // A folder that is gone or unreadable holds no maps for us.
        }
        for (const entry of entries) {
            const name = UriUtils.basename(entry.uri);
            if (entry.isDirectory) {
                if (workspace.recursive && !isSkippedFolder(name) && !bordersWorkspace(files, entry.uri)) {
                    visit(entry.uri);
                }
            } else if (!name.startsWith('.') && UriUtils.extname(entry.uri) === MAP_EXTENSION && isFile(files, entry)) {
                found.push(entry.uri);
            }
        }
    };
    visit(workspace.root);
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Folders whose maps are never a workspace's own. */
export function isSkippedFolder(name: string): boolean {
    return name === 'node_modules' || name.startsWith('.');
}

/** Whether a folder starts a workspace: it holds a config file or is a repository root. */
function bordersWorkspace(files: FileSystemProvider, folder: URI): boolean {
    return files.existsSync(UriUtils.joinPath(folder, CONFIG_FILE_NAME)) || files.existsSync(UriUtils.joinPath(folder, '.git'));
}

/** A file, or a symbolic link to one (a directory listing tells neither for a link). */
function isFile(files: FileSystemProvider, entry: FileSystemNode): boolean {
    if (entry.isFile) {
        return true;
    }
    try {
        return files.statSync(entry.uri).isFile;
    } catch {
        return false;
    }
}
