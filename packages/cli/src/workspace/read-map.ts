import * as path from 'node:path';
import { ast, readable, type CjmConfig, type JourneyModel } from '@cjm/language';
import { CliError } from '../command.js';
import type { LintResult } from '../lint/lint-result.js';
import { toLintResult } from '../lint/linter.js';
import { buildWorkspace } from './build-workspace.js';
import type { KeptWorkspaces } from './kept-workspaces.js';
import { findFiles } from './find-files.js';
import { readSources } from './read-sources.js';
import { workspaceSources } from './workspace-sources.js';

/**
 * A map read for one of its journeys (render, export): its journeys, its lint diagnostics,
 * the config that applies to it and lint's today, or its syntax errors when it does not parse.
 */
export type MapRead =
    | {
        readonly file: string; readonly parses: true; readonly journeys: readonly JourneyModel[]; readonly diagnostics: LintResult;
        readonly config: CjmConfig; readonly today: string;
    }
    | { readonly file: string; readonly parses: false; readonly errors: LintResult };

/**
 * Reads FILE together with the other maps of its workspace (the nearest config folder,
 * else the repository, else FILE's own folder), so that personas and channels from other
 * files resolve as in the editor; FILE's diagnostics are those `cjm lint FILE` reports.
 * Only FILE has to parse; other diagnostics never stop the command (`command` names it in messages).
 */
export async function readMap(given: string, cwd: string, today: string, command: string): Promise<MapRead> {
    const file = path.resolve(cwd, given);
    // findFiles checks that FILE exists and is a .cjm file; a folder lists its maps instead.
    const files = await findFiles([given], cwd);
    if (files.length !== 1 || files[0] !== file) {
        throw new CliError(`${given} is a folder; cjm ${command} takes one .cjm file`);
    }
    return (await readMaps(files, cwd, today))[0];
}

/**
 * Reads the maps `files` (absolute paths) as readMap does, building each workspace once; one
 * result per file, in order. `kept`, across the rebuilds of --watch, rebuilds only what changed.
 */
export async function readMaps(files: readonly string[], cwd: string, today: string, kept?: KeptWorkspaces): Promise<MapRead[]> {
    const reads: MapRead[] = [];
    for (const group of await workspaceSources(await readSources(files, cwd), cwd)) {
        const settings = { today, cwd };
        const { services, documents } = await (kept === undefined ? buildWorkspace(group.sources, settings) : kept.build(group.sources, settings));
        group.given.forEach((position, i) => {
            const map = documents[i];
            const shown = group.sources[i].file;
            if (!readable(map.document)) {
                const syntax = map.diagnostics.filter(diagnostic => diagnostic.code === 'syntax');
                reads[position] = { file: shown, parses: false, errors: toLintResult(shown, syntax, map.locale) };
                return;
            }
            reads[position] = {
                file: shown,
                parses: true,
                journeys: map.document.parseResult.value.elements.filter(ast.isJourney).map(journey => services.model.JourneyModels.get(journey)),
                diagnostics: toLintResult(shown, map.diagnostics, map.locale),
                config: services.config.ConfigProvider.configFor(map.document.uri),
                today
            };
        });
    }
    return reads;
}
