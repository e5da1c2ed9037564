import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { mapWorkspaceFiles, mapWorkspaceOf } from '../workspace/map-workspace.js';

/** A map workspace on disk, in file paths, as the CLI reads it. */
export interface DiskWorkspace {
    /** Absolute folder. */
    readonly root: string;
    /** False when the workspace is the file's own folder only. */
    readonly recursive: boolean;
}

const disk = NodeFileSystem.fileSystemProvider();

/** mapWorkspaceOf for a file path (absolute; it need not exist). */
export function workspaceOf(file: string): DiskWorkspace {
    const { root, recursive } = mapWorkspaceOf(disk, URI.file(file));
    return { root: root.fsPath, recursive };
}

/** mapWorkspaceFiles as absolute file paths. */
export function workspaceFiles(workspace: DiskWorkspace): string[] {
    return mapWorkspaceFiles(disk, { root: URI.file(workspace.root), recursive: workspace.recursive }).map(file => file.fsPath);
}
