/**
 * What every CLI command module exports, and what main.ts gives it. Commands return an
 * exit code; only cjm-process.ts sets the process exit code.
 */

/** 0 success, 1 the check found something, 2 the command could not do its job (cli.md). */
export type ExitCode = 0 | 1 | 2;

export interface ArgumentDefinition {
    /** Commander syntax: `[paths...]`, `[dir]`. */
    readonly syntax: string;
    readonly description: string;
}

export interface OptionDefinition {
    /** Commander syntax: `--format <format>`, `--quiet`. */
    readonly flags: string;
    readonly description: string;
    readonly choices?: readonly string[];
    readonly defaultValue?: string;
    /** Converts the text of the value; throws an Error whose message says what is wrong. */
    readonly parse?: (value: string) => unknown;
}

/** A command as data; main.ts turns it into a commander command. */
export interface CommandDefinition {
    readonly name: string;
    /** One line for `cjm --help`. */
    readonly summary: string;
    /** The paragraph of `cjm NAME --help`. */
    readonly description: string;
    readonly arguments: readonly ArgumentDefinition[];
    readonly options: readonly OptionDefinition[];
}

export interface Output {
    /** Text, or bytes (a PNG on standard output). */
    write(content: string | Uint8Array): void;
}

/** The process as a command sees it, so that commands never touch `process` themselves. */
export interface CommandContext {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly stdout: Output & { readonly isTTY: boolean };
    readonly stderr: Output;
    /** All of standard input, read when a command asks for it (`lint --stdin`). */
    readonly stdin: { read(): Promise<Uint8Array> };
}

/**
 * A command module. `options` holds the parsed values of the definition's options (camel
 * case, as commander names them); `operands` the positional arguments.
 */
export interface CommandModule<Options> {
    readonly definition: CommandDefinition;
    run(operands: readonly string[], options: Options, context: CommandContext): Promise<ExitCode>;
}

/** A problem with the user's input or files: main.ts prints its message as one line and exits 2. */
export class CliError extends Error {
    constructor(message: string, options?: ErrorOptions) {
        super(message, options);
        this.name = 'CliError';
    }
}
