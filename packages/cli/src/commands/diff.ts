import type { DiffFormat, Locale, ThemeName } from '@cjm/language';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';

export type DiffOutputFormat = DiffFormat | 'svg' | 'html';

export interface DiffOptions {
    format: DiffOutputFormat;
    output?: string;
    locale?: Locale;
    theme: ThemeName;
    journey?: string;
}

/** The language's diff formats and the drawn ones, named here so that `cjm --help` does not load Langium. */
const DIFF_FORMATS = ['text', 'markdown', 'json', 'svg', 'html'] as const satisfies readonly DiffOutputFormat[];
const DRAWN: ReadonlySet<DiffOutputFormat> = new Set(['svg', 'html']);

export const definition: CommandDefinition = {
    name: 'diff',
    summary: 'what changed in meaning between two versions of a map, in words or drawn',
    description: 'Compares two versions of a map by meaning, not by line: journeys, stages, touchpoints, barriers, '
        + 'opportunities, metrics, questions, personas and channels added, removed, renamed or changed (emotions per persona, '
        + 'metric values, severities, channels, flows, answers...), each by its title and the stage it is in, an added '
        + 'element with its content. Moving a declaration or reformatting is no change; a touchpoint whose id and title both '
        + 'changed is one changed touchpoint while it stays in its stage with the same channels and the same touchpoints '
        + 'before and after it in the flow. OLD and NEW are files or git revisions with a path (HEAD~1:maps/a.cjm; the '
        + 'path is relative to the repository root, or to the current folder when it starts with ./); a file that '
        + 'exists wins. --format markdown is ready to post as a pull-request comment; svg draws the new picture with the '
        + 'change marked, html a page that switches between the old, the new and the marked picture beside the list of changes.\n'
        + 'Exit code: 0 equal, 1 different, 2 the maps could not be compared (missing file, bad revision, syntax errors).',
    arguments: [
        { syntax: '<old>', description: 'the old version: a file, or REV:PATH' },
        { syntax: '<new>', description: 'the new version: a file, or REV:PATH' }
    ],
    options: [
        { flags: '--format <format>', description: 'output format', choices: DIFF_FORMATS, defaultValue: 'text' },
        { flags: '-o, --output <out>', description: 'write to OUT instead of standard output' },
        { flags: '--locale <locale>', choices: ['en', 'ru'], description: 'language of the reviewer\'s words (default: "locale" in cjm.config.json, else Russian when most of the journey\'s titles are Cyrillic, else English)' },
        { flags: '--theme <theme>', description: 'colour theme of svg and html', choices: ['light', 'dark'], defaultValue: 'light' },
        { flags: '--journey <id>', description: 'the journey svg and html draw (default: the new map\'s first)' }
    ]
};

export async function run(operands: readonly string[], options: DiffOptions, context: CommandContext): Promise<ExitCode> {
    // Langium loads only now, so that --help and --version stay fast.
    const { readSide } = await import('../diff/read-side.js');
    const { readMapModel } = await import('../diff/read-map-model.js');
    const { resolveToday } = await import('../lint/today.js');
    const { deliver } = await import('../output/write-output.js');
    const { reviewMaps, reviewLocale, DIFF_REPORTERS } = await import('@cjm/language');
    const [oldName, newName] = operands;
    const sides = [await readSide(oldName, context.cwd), await readSide(newName, context.cwd)];
    const today = resolveToday(undefined, context.env);
    const [before, after] = [await readMapModel(sides[0], today, context.cwd), await readMapModel(sides[1], today, context.cwd)];
    if (!before.parses || !after.parses) {
        const { reportSyntaxErrors } = await import('../workspace/syntax-errors.js');
        context.stderr.write(reportSyntaxErrors([before, after].flatMap(side => side.parses ? [] : [side.errors]), { kind: 'compare' }));
        return 2;
    }
    const changes = reviewMaps(before.model, after.model);
    const locale = reviewLocale(after.model, options.locale, after.config.locale);
    const labels = { old: oldName, new: newName };
    const reads = sides.map(side => side.path);
    if (DRAWN.has(options.format)) {
        const { drawChangeFile } = await import('../diff/draw-change-file.js');
        const drawn = await drawChangeFile(before.model, after.model, changes, { ...options, locale, today, config: after.config, labels });
        if (drawn === undefined) {
            throw new CliError(options.journey === undefined ? `${newName} has no journey to draw` : `${newName} has no journey ${options.journey}`);
        }
        await deliver(drawn, options.output, reads, context);
    } else {
        const report = DIFF_REPORTERS[options.format as DiffFormat](changes, { ...labels, locale });
        if (report !== '' || options.output !== undefined) {
            await deliver(report, options.output, reads, context);
        }
    }
    return changes.length > 0 ? 1 : 0;
}
