/**
 * The workspaces of a `--watch` run, kept between its rebuilds: a rebuild parses, links and
 * validates only the maps a save changed and the maps that refer to them, as the language
 * server does after an edit, instead of the whole workspace. A workspace whose config files
 * changed (or appeared, or went) is built afresh.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, updateDocuments, workspaceOf } from '@cjm/language';
import { buildWorkspace, type BuiltWorkspace, type WorkspaceSettings } from './build-workspace.js';
import type { Source } from './read-sources.js';

interface Kept {
    workspace: BuiltWorkspace;
    /** Each map's text as last built. */
    texts: Map<string, string>;
    configs: string;
}

export class KeptWorkspaces {
    private readonly kept = new Map<string, Kept>();

    /** buildWorkspace's answer for `sources` (one workspace's maps), from what the last call left where it can. */
    async build(sources: readonly Source[], settings: WorkspaceSettings): Promise<BuiltWorkspace> {
        const root = workspaceOf(sources[0].path).root;
        const configs = await configTexts(sources, root);
        const previous = this.kept.get(root);
        const services = previous?.workspace.services;
        const workspace = services === undefined || previous!.configs !== configs
            ? await buildWorkspace(sources, { ...settings, kept: true })
            : { services, documents: await updateDocuments({ shared: services.shared, Cjm: services }, sources, previous!.texts) };
        this.kept.set(root, { workspace, texts: new Map(sources.map(source => [source.path, source.text])), configs });
        return workspace;
    }
}

/** The config files that can apply to `sources`: those in their folders and the folders up to the workspace's root, with their texts. */
async function configTexts(sources: readonly Source[], root: string): Promise<string> {
    const folders = new Set<string>();
    for (const source of sources) {
        for (let folder = path.dirname(source.path); ; folder = path.dirname(folder)) {
            folders.add(folder);
            if (folder === root || path.dirname(folder) === folder || !folder.startsWith(root)) {
                break;
            }
        }
    }
    const texts = await Promise.all([...folders].sort().map(async folder => {
        const file = path.join(folder, CONFIG_FILE_NAME);
        return [file, await readFile(file, 'utf8').catch(() => null)] as const;
    }));
    return JSON.stringify(texts.filter(([, text]) => text !== null));
}
