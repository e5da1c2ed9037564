import * as path from 'node:path';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';
import type { Locale } from '@cjm/language';
import { countDiagnostics, errorsOnly, resultsLocale } from '../lint/lint-result.js';
import { localeOption } from '../output/locale-option.js';
import { REPORTER_NAMES, REPORTERS, type ReporterName } from '../reporters/index.js';
import { findFiles } from '../workspace/find-files.js';
import { decode, displayPath, readSources, type Source } from '../workspace/read-sources.js';
import { TOOL } from '../tool.js';

export interface LintOptions {
    format: ReporterName;
    maxWarnings?: number;
    config?: string;
    today?: string;
    quiet?: boolean;
    stdin?: boolean;
    stdinFilename?: string;
    locale?: Locale;
}

export const definition: CommandDefinition = {
    name: 'lint',
    summary: 'validate maps (files and folders, each with the rest of its workspace)',
    description: 'Validates the maps in the given files and folders (default: the current folder). '
        + 'Folders are searched for *.cjm files, skipping node_modules and dot-folders. References resolve against each '
        + 'map\'s workspace: the folder of the nearest cjm.config.json, else the repository root (.git), else the map\'s '
        + 'own folder without its subfolders; only the given maps are reported, so linting the changed files of a '
        + 'workspace works.\n'
        + 'Exit code: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 the files or options could not be used.',
    arguments: [{ syntax: '[paths...]', description: 'files and folders to lint (default: ".")' }],
    options: [
        { flags: '--format <format>', description: 'output format', choices: REPORTER_NAMES, defaultValue: 'stylish' },
        { flags: '--max-warnings <n>', description: 'exit with 1 when there are more than N warnings', parse: parseCount },
        { flags: '--config <file>', description: 'use this config file for every map instead of the nearest cjm.config.json' },
        { flags: '--today <date>', description: 'the date stale-evidence measures from and future-date compares with, YYYY-MM-DD (default: $CJM_TODAY, else the real date)' },
        { flags: '--quiet', description: 'report errors only (warnings and infos are neither shown nor counted)' },
        { flags: '--stdin', description: 'lint standard input instead of files (with --stdin-filename)' },
        { flags: '--stdin-filename <path>', description: 'the file standard input stands for: its workspace, config and the name reported' },
        localeOption('the messages and the summary (rule ids, JSON keys and SARIF\'s rule texts never change)')
    ]
};

export async function run(operands: readonly string[], options: LintOptions, context: CommandContext): Promise<ExitCode> {
    // Langium loads only now, so that --help and --version stay fast.
    const { lintSources, messagesFor, resolveToday, RULES } = await import('../lint/linter.js');
    const today = resolveToday(options.today, context.env);
    const sources = options.stdin || options.stdinFilename !== undefined
        ? [await stdinSource(operands, options, context)]
        : await readSources(await findFiles(operands.length > 0 ? operands : ['.'], context.cwd), context.cwd);
    const configFile = options.config === undefined ? undefined : path.resolve(context.cwd, options.config);
    const linted = await lintSources(sources, { configFile, today, cwd: context.cwd, ...(options.locale ? { locale: options.locale } : {}) });
    const results = options.quiet ? errorsOnly(linted) : linted;

    const color = context.stdout.isTTY && !context.env.NO_COLOR;
    const words = messagesFor(options.locale ?? resultsLocale(results)).cli;
    const report = REPORTERS[options.format](results, { color, rules: RULES, tool: TOOL, words });
    if (report !== '') {
        context.stdout.write(report);
    }

    const { errors, warnings } = countDiagnostics(results);
    if (errors > 0) {
        return 1;
    }
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        context.stderr.write(`cjm: ${words.tooManyWarnings(warnings, options.maxWarnings)}\n`);
        return 1;
    }
    return 0;
}

/** Standard input as the map at `--stdin-filename` (which need not exist; its text on disk is not read). */
async function stdinSource(operands: readonly string[], options: LintOptions, context: CommandContext): Promise<Source> {
    if (!options.stdin) {
        throw new CliError('--stdin-filename goes with --stdin');
    }
    if (options.stdinFilename === undefined) {
        throw new CliError('--stdin needs --stdin-filename PATH: the file the text stands for');
    }
    if (operands.length > 0) {
        throw new CliError('--stdin lints standard input only; give no files or folders');
    }
    const file = path.resolve(context.cwd, options.stdinFilename);
    if (path.extname(file) !== '.cjm') {
        throw new CliError(`--stdin-filename: ${options.stdinFilename} is not a .cjm file`);
    }
    const shown = displayPath(file, context.cwd);
    return { path: file, file: shown, text: decode(await context.stdin.read(), shown) };
}

/** `--max-warnings`: a non-negative integer. */
function parseCount(value: string): number {
    if (!/^\d+$/.test(value.trim())) {
        throw new Error('It must be a non-negative integer.');
    }
    return Number(value);
}
