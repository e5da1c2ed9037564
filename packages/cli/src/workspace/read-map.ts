import * as path from 'node:path';
import { ast, type CjmConfig, type JourneyModel } from '@cjm/language';
import { CliError } from '../command.js';
import type { LintResult } from '../lint/lint-result.js';
import { toLintResult } from '../lint/linter.js';
import { buildWorkspace } from './build-workspace.js';
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
    const [group] = await workspaceSources(await readSources(files, cwd), cwd);
    const { services, documents: [map] } = await buildWorkspace(group.sources, { today, cwd });
    const shown = group.sources[0].file;
    const { lexerErrors, parserErrors } = map.document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        const syntax = map.diagnostics.filter(diagnostic => diagnostic.code === 'syntax');
        return { file: shown, parses: false, errors: toLintResult(shown, syntax) };
    }
    const journeys = map.document.parseResult.value.elements.filter(ast.isJourney);
    return {
        file: shown,
        parses: true,
        journeys: journeys.map(journey => services.model.JourneyModels.get(journey)),
        diagnostics: toLintResult(shown, map.diagnostics),
        config: services.config.ConfigProvider.configFor(map.document.uri),
        today
    };
}
