import type { DiffFormat } from '@cjm/language';
import type { CommandContext, CommandDefinition, ExitCode } from '../command.js';

export interface DiffOptions {
    format: DiffFormat;
}

/** The language's diff formats, named here so that `cjm --help` does not load Langium. */
const DIFF_FORMATS = ['text', 'markdown', 'json'] as const satisfies readonly DiffFormat[];

export const definition: CommandDefinition = {
    name: 'diff',
    summary: 'what changed in meaning between two versions of a map',
    description: 'Compares two versions of a map by meaning, not by line: journeys, stages, touchpoints, barriers, '
        + 'opportunities, metrics, questions, personas and channels added, removed, renamed or changed (emotions, '
        + 'metric values, severities, channels, flows, answers...), each by its name path. Moving a declaration or '
        + 'reformatting is no change. OLD and NEW are files or git revisions with a path (HEAD~1:maps/a.cjm; the '
        + 'path is relative to the repository root, or to the current folder when it starts with ./); a file that '
        + 'exists wins. --format markdown is ready to post as a pull-request comment.\n'
        + 'Exit code: 0 equal, 1 different, 2 the maps could not be compared (missing file, bad revision, syntax errors).',
    arguments: [
        { syntax: '<old>', description: 'the old version: a file, or REV:PATH' },
        { syntax: '<new>', description: 'the new version: a file, or REV:PATH' }
    ],
    options: [{ flags: '--format <format>', description: 'output format', choices: DIFF_FORMATS, defaultValue: 'text' }]
};

export async function run(operands: readonly string[], options: DiffOptions, context: CommandContext): Promise<ExitCode> {
    // Langium loads only now, so that --help and --version stay fast.
    const { readSide } = await import('../diff/read-side.js');
    const { readMapModel } = await import('../diff/read-map-model.js');
    const { resolveToday } = await import('../lint/today.js');
    const { diffMaps, DIFF_REPORTERS } = await import('@cjm/language');
    const [oldName, newName] = operands;
    const sides = [await readSide(oldName, context.cwd), await readSide(newName, context.cwd)];
    const today = resolveToday(undefined, context.env);
    const [before, after] = [await readMapModel(sides[0], today, context.cwd), await readMapModel(sides[1], today, context.cwd)];
    if (!before.parses || !after.parses) {
        const { reportSyntaxErrors } = await import('../workspace/syntax-errors.js');
        context.stderr.write(reportSyntaxErrors([before, after].flatMap(side => side.parses ? [] : [side.errors]), () => '; fix them to compare'));
        return 2;
    }
    const changes = diffMaps(before.model, after.model);
    const report = DIFF_REPORTERS[options.format](changes, { old: oldName, new: newName });
    if (report !== '') {
        context.stdout.write(report);
    }
    return changes.length > 0 ? 1 : 0;
}
