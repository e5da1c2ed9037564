import * as path from 'node:path';
import { chooseLocale } from '@cjm/language';
import { CliError, type CommandContext, type ExitCode } from '../command.js';
import { writeOutput } from '../output/write-output.js';
import { resolveToday } from '../lint/today.js';
import { findFiles } from '../workspace/find-files.js';
import { lintErrorNotice } from '../workspace/lint-error-notice.js';
import { describeClash, firstClash } from '../workspace/output-names.js';
import { readMaps } from '../workspace/read-map.js';
import { displayPath } from '../workspace/read-sources.js';
import { reportSyntaxErrors } from '../workspace/syntax-errors.js';
import { drawJourney, type DrawOptions } from './draw-journey.js';
import type { RenderFormat } from './formats.js';

/**
 * `cjm render DIR -o OUTDIR`: every journey of every map below DIR, each to
 * OUTDIR/JOURNEY-ID.FORMAT. A map that does not parse is reported and skipped (exit 2 at
 * the end); the others are still drawn. Two journeys with one id (in two workspaces), or
 * ids that differ only by case, would overwrite each other's file: that stops the run
 * before anything is written.
 */
export async function renderFolder(dir: string, outDir: string, format: RenderFormat, options: DrawOptions, context: CommandContext): Promise<ExitCode> {
    const files = await findFiles([dir], context.cwd);
    const today = resolveToday(undefined, context.env);
    const maps = await readMaps(files, context.cwd, today);
    const drawn = maps.flatMap(map => map.parses ? map.journeys.map(journey => ({ name: journey.name, file: map.file })) : []);
    const clash = firstClash(drawn);
    if (clash !== undefined) {
        throw new CliError(describeClash(clash, 'journey', name => `${name}.${format}`, 'draw them one by one with -o'));
    }
    const out = path.resolve(context.cwd, outDir);
    for (const map of maps) {
        if (!map.parses) {
            context.stderr.write(reportSyntaxErrors([map.errors], { kind: 'not-drawn' }));
            continue;
        }
        for (const journey of map.journeys) {
            const file = path.join(out, `${journey.name}.${format}`);
            await writeOutput(file, await drawJourney(journey, map.config, map.today, format, options, context), files, context.cwd);
        }
        const notice = map.journeys.length > 0
            ? lintErrorNotice(map.diagnostics, map.journeys.length === 1 ? 'picture' : 'pictures', chooseLocale(map.journeys[0], options.locale, map.config.locale))
            : undefined;
        if (notice !== undefined) {
            context.stderr.write(notice);
        }
    }
    if (drawn.length === 0 && maps.every(map => map.parses)) {
        throw new CliError(`no map below ${displayPath(path.resolve(context.cwd, dir), context.cwd)} declares a journey`);
    }
    return maps.every(map => map.parses) ? 0 : 2;
}
