import { workspaceFiles, workspaceOf } from '@cjm/language';
import { readSources, type Source } from './read-sources.js';

/** Maps to build as one workspace: the given ones first, then the rest of their workspace. */
export interface WorkspaceSources {
    sources: Source[];
    /** The positions, in the caller's list, of the given maps that open `sources`. */
    given: number[];
}

/**
 * The given maps grouped by workspace (see workspaceOf: the nearest config folder, else
 * the repository, else the map's own folder), each group with the other maps of its
 * workspace read from disk, so that references resolve as in the editor while only the
 * given maps are reported. A given map's text wins over the file on disk (`--stdin`).
 */
export async function workspaceSources(given: readonly Source[], cwd: string): Promise<WorkspaceSources[]> {
    const groups = new Map<string, WorkspaceSources & { files: string[] }>();
    given.forEach((source, index) => {
        const workspace = workspaceOf(source.path);
        let group = groups.get(workspace.root);
        if (group === undefined) {
            group = { sources: [], given: [], files: workspaceFiles(workspace) };
            groups.set(workspace.root, group);
        }
        group.sources.push(source);
        group.given.push(index);
    });
    const result: WorkspaceSources[] = [];
    for (const { sources, given: positions, files } of groups.values()) {
        const read = new Set(sources.map(source => source.path));
        const others = await readSources(files.filter(file => !read.has(file)), cwd);
        result.push({ sources: [...sources, ...others], given: positions });
    }
    return result;
}
