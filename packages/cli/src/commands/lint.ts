import * as path from 'node:path';
import type { CommandContext, CommandDefinition, ExitCode } from '../command.js';
import { countDiagnostics, errorsOnly } from '../lint/lint-result.js';
import { REPORTER_NAMES, REPORTERS, type ReporterName } from '../reporters/index.js';
import { findFiles } from '../workspace/find-files.js';
import { readSources } from '../workspace/read-sources.js';
import { TOOL } from '../tool.js';

export interface LintOptions {
    format: ReporterName;
    maxWarnings?: number;
    config?: string;
    today?: string;
    quiet?: boolean;
}

export const definition: CommandDefinition = {
    name: 'lint',
    summary: 'validate maps (files and folders, read as one workspace)',
    description: 'Validates the maps in the given files and folders (default: the current folder) as one workspace. '
        + 'Folders are searched for *.cjm files, skipping node_modules and dot-folders.\n'
        + 'Exit code: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 the files or options could not be used.',
    arguments: [{ syntax: '[paths...]', description: 'files and folders to lint (default: ".")' }],
    options: [
        { flags: '--format <format>', description: 'output format', choices: REPORTER_NAMES, defaultValue: 'stylish' },
        { flags: '--max-warnings <n>', description: 'exit with 1 when there are more than N warnings', parse: parseCount },
        { flags: '--config <file>', description: 'use this config file for every map instead of the nearest cjm.config.json' },
        { flags: '--today <date>', description: 'the date stale-evidence measures from, YYYY-MM-DD (default: $CJM_TODAY, else the real date)' },
        { flags: '--quiet', description: 'report errors only (warnings and infos are neither shown nor counted)' }
    ]
};

export async function run(operands: readonly string[], options: LintOptions, context: CommandContext): Promise<ExitCode> {
    // Langium loads only now, so that --help and --version stay fast.
    const { lintSources, resolveToday, RULES } = await import('../lint/linter.js');
    const today = resolveToday(options.today, context.env);
    const files = await findFiles(operands.length > 0 ? operands : ['.'], context.cwd);
    const sources = await readSources(files, context.cwd);
    const configFile = options.config === undefined ? undefined : path.resolve(context.cwd, options.config);
    const linted = await lintSources(sources, { configFile, today, cwd: context.cwd });
    const results = options.quiet ? errorsOnly(linted) : linted;

    const color = context.stdout.isTTY && !context.env.NO_COLOR;
    const report = REPORTERS[options.format](results, { color, rules: RULES, tool: TOOL });
    if (report !== '') {
        context.stdout.write(report);
    }

    const { errors, warnings } = countDiagnostics(results);
    if (errors > 0) {
        return 1;
    }
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        context.stderr.write(`cjm: too many warnings: ${warnings} (--max-warnings ${options.maxWarnings})\n`);
        return 1;
    }
    return 0;
}

/** `--max-warnings`: a non-negative integer. */
function parseCount(value: string): number {
    if (!/^\d+$/.test(value.trim())) {
        throw new Error('It must be a non-negative integer.');
    }
    return Number(value);
}
