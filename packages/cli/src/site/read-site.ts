import * as path from 'node:path';
import { workspaceFiles, workspaceOf, type SiteInput, type SiteJourney, type UnparsedMap } from '@cjm/language';
import { CliError } from '../command.js';
import { findFiles } from '../workspace/find-files.js';
import type { KeptWorkspaces } from '../workspace/kept-workspaces.js';
import { describeClash, firstClash } from '../workspace/output-names.js';
import { readMaps } from '../workspace/read-map.js';

/**
 * Every map of the given paths' workspaces, read and linted as `cjm lint` does, as the
 * site generator takes them: the journeys in file order, the maps that do not parse. Two
 * journeys with one id (from two workspaces), or ids that differ only by case, would share
 * one page: that stops the build before anything is written.
 * `kept` (--watch) builds again only what changed since the last call.
 */
export async function readSite(paths: readonly string[], cwd: string, today: string, kept?: KeptWorkspaces): Promise<SiteInput> {
    const given = await findFiles(paths, cwd);
    const files = [...new Set([...given, ...given.flatMap(file => workspaceFiles(workspaceOf(file)))])].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    const maps = await readMaps(files, cwd, today, kept);
    const journeys: SiteJourney[] = [];
    const unparsed: UnparsedMap[] = [];
    for (const map of maps) {
        if (!map.parses) {
            unparsed.push({ file: map.file, diagnostics: map.errors.diagnostics });
            continue;
        }
        for (const model of map.journeys) {
            journeys.push({ model, file: map.file.split(path.sep).join('/'), diagnostics: map.diagnostics.diagnostics, config: map.config });
        }
    }
    refuseClashingPages(journeys);
    return { journeys, unparsed };
}

function refuseClashingPages(journeys: readonly SiteJourney[]): void {
    const clash = firstClash(journeys.map(({ model, file }) => ({ name: model.name, file })));
    if (clash !== undefined) {
        throw new CliError(describeClash(clash, 'journey', name => `journeys/${name}.html`, 'build them as two sites'));
    }
    for (const { model, file } of journeys) {
        const personas = firstClash(model.personas.map(persona => ({ name: persona.name, file })));
        if (personas !== undefined) {
            throw new CliError(describeClash(personas, 'persona', name => `journeys/${model.name}.persona.${name}.html`, 'build the site without one of them'));
        }
    }
}
