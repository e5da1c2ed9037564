import * as path from 'node:path';
import type { ExportDiagnostic, Locale } from '@cjm/language';
import type { CommandContext, CommandDefinition, ExitCode } from '../command.js';
import type { LintResult } from '../lint/lint-result.js';
import { resolveFormat, type OutputFormats } from '../output/format.js';
import { localeOption } from '../output/locale-option.js';
import { refuseOverwritingInput } from '../output/output-guard.js';
import { deliver } from '../output/write-output.js';

const EXPORT_FORMATS = ['mermaid', 'markdown', 'json'] as const;

type ExportFormat = typeof EXPORT_FORMATS[number];

/** cli.md writes `--format` as required; OUT's extension may stand in for it, as with render. */
const EXPORT_OUTPUTS: OutputFormats<ExportFormat> = {
    names: EXPORT_FORMATS,
    byExtension: { '.mmd': 'mermaid', '.mermaid': 'mermaid', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' }
};

export interface ExportOptions {
    journey?: string;
    persona?: string;
    output?: string;
    format?: ExportFormat;
    locale?: Locale;
}

export const definition: CommandDefinition = {
    name: 'export',
    summary: 'write one journey as Mermaid, a Markdown report or JSON',
    description: 'Writes one journey of FILE (the only one, or --journey ID) as a Mermaid journey diagram, a Markdown '
        + 'report (brief, personas, channels, diagram, stages, coverage and the lint diagnostics of FILE) or the resolved model as JSON '
        + '(cjm.export.schema.json). The format follows --format, else the extension of OUT; without -o the export goes '
        + 'to standard output. The other maps of FILE\'s workspace are read too (the folder of the nearest cjm.config.json, else the git repository, else FILE\'s folder), so references across files resolve. '
        + 'The report and the Mermaid title speak the map\'s language. A FILE with syntax errors is not exported.\n'
        + 'Exit code: 0 written, 2 the file, journey or options could not be used.',
    arguments: [{ syntax: '<file>', description: 'the .cjm file holding the journey' }],
    options: [
        { flags: '--journey <id>', description: 'the journey to export (needed when FILE has several)' },
        { flags: '--persona <id>', description: 'export the journey as this persona lives it: its touchpoints, emotions, actions and thoughts' },
        { flags: '--format <format>', description: 'output format (required unless OUT\'s extension is .mmd, .mermaid, .md, .markdown or .json)', choices: EXPORT_FORMATS },
        { flags: '-o, --output <out>', description: 'write to OUT instead of standard output' },
        localeOption('the report\'s own words and the Mermaid title\'s')
    ]
};

export async function run(operands: readonly string[], options: ExportOptions, context: CommandContext): Promise<ExitCode> {
    const format = resolveFormat(options.format, options.output, EXPORT_OUTPUTS);
    const reads = [path.resolve(context.cwd, operands[0])];
    if (options.output !== undefined) {
        // Said before the export, not after it; the write checks again.
        await refuseOverwritingInput(path.resolve(context.cwd, options.output), reads, context.cwd);
    }
    // Langium loads only now, so that --help and --version stay fast.
    const { readJourney } = await import('../workspace/read-journey.js');
    const read = await readJourney(operands[0], options.journey, context, 'export', options.persona);
    if (read === undefined) {
        return 2;
    }
    const { journey, diagnostics } = read;
    const { diagramOptions, exportJson, exportMarkdown, exportMermaid } = await import('@cjm/language');
    // The language and stale evidence as `cjm render` has them.
    const report = diagramOptions(journey, read.config, read.today, options.locale);
    const text = format === 'mermaid' ? exportMermaid(journey, report.locale)
        : format === 'markdown' ? exportMarkdown(journey, exportDiagnostics(diagnostics), report)
        : exportJson(journey);
    await deliver(text, options.output, reads, context);
    const notice = (await import('../workspace/lint-error-notice.js')).lintErrorNotice(diagnostics, 'export', report.locale);
    if (notice !== undefined) {
        context.stderr.write(notice);
    }
    return 0;
}

/** FILE's lint results, as `cjm lint` finds them, in the report's plain shape. */
function exportDiagnostics({ file, diagnostics }: LintResult): ExportDiagnostic[] {
    return diagnostics.map(({ line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
}
