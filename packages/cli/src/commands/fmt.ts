import type { CommandContext, CommandDefinition, ExitCode } from '../command.js';
import { CliError } from '../command.js';
import { fmtSummary } from '../fmt/fmt-summary.js';
import { writeAtomic } from '../fmt/write-atomic.js';
import { sharedLocale } from '../lint/lint-result.js';
import { visibleText } from '@cjm/language/visible-text';
import { findFiles } from '../workspace/find-files.js';
import { readSources } from '../workspace/read-sources.js';

export interface FmtOptions {
    check?: boolean;
    stdout?: boolean;
}

export const definition: CommandDefinition = {
    name: 'fmt',
    summary: 'rewrite maps in the canonical layout',
    description: 'Rewrites the maps in the given files and folders (default: the current folder) in the canonical layout, '
        + 'keeping every comment and token. Folders are searched for *.cjm files, skipping node_modules and dot-folders. '
        + 'Files are replaced atomically; CRLF line ends and a byte order mark stay. '
        + 'A file with syntax errors is left untouched and its errors are printed on stderr.\n'
        + 'Ends with a line on stderr that says how many files it rewrote (with --check: would reformat, listed on stdout). '
        + 'Exit code: 0 done (with --check: nothing to change), 1 with --check: some files would change (they are listed), '
        + '2 a file has syntax errors or the files or options could not be used.',
    arguments: [{ syntax: '[paths...]', description: 'files and folders to format (default: ".")' }],
    options: [
        { flags: '--check', description: 'write nothing; list the files that would change and exit with 1 if there are any' },
        { flags: '--stdout', description: 'print the formatted text of one file instead of writing it' }
    ]
};

export async function run(operands: readonly string[], options: FmtOptions, context: CommandContext): Promise<ExitCode> {
    if (options.check && options.stdout) {
        throw new CliError('--check and --stdout cannot be used together');
    }
    const files = await findFiles(operands.length > 0 ? operands : ['.'], context.cwd);
    if (options.stdout && files.length !== 1) {
        // Several formatted maps one after the other would be no map at all.
        throw new CliError(`--stdout takes one file; ${operands.length > 0 ? operands.join(' ') : '.'} holds ${files.length}`);
    }
    const sources = await readSources(files, context.cwd);
    // Langium loads only now, so that --help and --version stay fast.
    const { formatSources, messagesFor } = await import('../fmt/format-sources.js');
    const { reportSyntaxErrors } = await import('../workspace/syntax-errors.js');
    const results = await formatSources(sources);

    const changed: string[] = [];
    let unwritten = 0;
    for (const result of results) {
        if (!('text' in result)) {
            continue;
        }
        if (options.stdout) {
            context.stdout.write(result.text);
        } else if (result.text !== result.source.text) {
            changed.push(result.source.file);
            if (!options.check) {
                // One file that cannot be written (read-only, say) stops neither the others nor the report.
                await writeAtomic(result.source.path, result.text, result.source.file).catch((error: unknown) => {
                    if (!(error instanceof CliError)) {
                        throw error;
                    }
                    context.stderr.write(`cjm: ${error.message}\n`);
                    unwritten++;
                });
            }
        }
    }
    if (options.check && changed.length > 0) {
        context.stdout.write(changed.map(file => `${visibleText(file, { oneLine: true })}\n`).join(''));
    }

    const broken = results.flatMap(result => 'errors' in result ? [result.errors] : []);
    if (broken.length > 0) {
        context.stderr.write(reportSyntaxErrors(broken, { kind: 'untouched' }));
    }
    // Files that could not be written count in neither number: the error above names them.
    // No --locale here: the summary speaks the language the formatted maps share, as lint's does without one.
    const words = messagesFor(sharedLocale(results.flatMap(result => 'text' in result ? [result.locale] : []))).fmt;
    const summary = options.stdout ? undefined : fmtSummary(words, options.check === true, changed.length - unwritten, results.length - broken.length - unwritten);
    if (summary !== undefined) {
        context.stderr.write(`${summary}\n`);
    }
    if (broken.length > 0 || unwritten > 0) {
        return 2;
    }
    return options.check && changed.length > 0 ? 1 : 0;
}
