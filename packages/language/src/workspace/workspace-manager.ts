import { DefaultWorkspaceManager, UriUtils, type BuildOptions, type FileSystemNode } from 'langium';
import { isSkippedFolder } from './map-workspace.js';

/**
 * The folders the server reads maps from: every folder but `node_modules` and dot folders
 * (Langium also skips `out`, where teams may well keep maps). Every map is validated when
 * the workspace opens, not only those the editor shows, as `cjm lint` validates them all.
 */
export class CjmWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        const name = UriUtils.basename(entry.uri);
        if (entry.isDirectory) {
            return !isSkippedFolder(name);
        }
        return !name.startsWith('.') && entry.isFile && this.serviceRegistry.hasServices(entry.uri);
    }
}
