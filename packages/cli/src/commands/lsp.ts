import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';

export interface LspOptions {
    stdio?: boolean;
}

/**
 * Where the server bundle lies, relative to this module once bundled: scripts/bundle.mjs
 * copies the language package's dist/server.mjs into the CLI's dist/ and defines this from
 * the folder it writes command chunks into.
 */
declare const CJM_SERVER_FROM_CHUNK: string;

export const definition: CommandDefinition = {
    name: 'lsp',
    summary: 'run the language server for editors',
    description: 'Runs the cjm language server, speaking the Language Server Protocol over standard input and output, '
        + 'so that any LSP editor (Neovim, Helix, Emacs, ...) gets the diagnostics, completion, formatting and the other '
        + 'features of the VS Code extension. The editor starts it as `cjm lsp --stdio`; it runs until the editor ends it.\n'
        + 'Exit code: 0 after the editor\'s shutdown and exit, 1 on exit without shutdown, 2 without --stdio.',
    arguments: [],
    options: [{ flags: '--stdio', description: 'talk LSP over standard input and output (required)' }]
};

export async function run(_operands: readonly string[], options: LspOptions, _context: CommandContext): Promise<ExitCode> {
    if (!options.stdio) {
        throw new CliError('lsp needs --stdio: the language server talks to the editor over standard input and output (cjm lsp --stdio)');
    }
    const server = new URL(CJM_SERVER_FROM_CHUNK, import.meta.url);
    if (!existsSync(server)) {
        throw new CliError(`the language server bundle is missing (${fileURLToPath(server)}); rebuild the CLI`);
    }
    // The same bundle the VS Code extension starts. It reads its transport (`--stdio`) from
    // process.argv and ends the process itself when the editor sends `exit`.
    await import(server.href);
    return 0;
}
