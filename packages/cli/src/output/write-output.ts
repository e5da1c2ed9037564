import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError, type CommandContext } from '../command.js';
import { describeFsError } from '../workspace/fs-errors.js';
import { displayPath } from '../workspace/read-sources.js';
import { refuseOverwritingInput } from './output-guard.js';

/**
 * Writes OUT (absolute), creating its folder; quiet on success like every command. Never
 * over a map, a config or any of `reads`, the files the command read (output-guard.ts).
 */
export async function writeOutput(file: string, content: string | Uint8Array, reads: readonly string[], cwd: string): Promise<void> {
    await refuseOverwritingInput(file, reads, cwd);
    try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
    } catch (error) {
        throw new CliError(`cannot write ${displayPath(file, cwd)}: ${describeFsError(error)}`, { cause: error });
    }
}

/** A command's result: to OUT when given (relative to the current folder), else to standard output. */
export async function deliver(content: string | Uint8Array, output: string | undefined, reads: readonly string[], context: CommandContext): Promise<void> {
    if (output === undefined) {
        context.stdout.write(content);
    } else {
        await writeOutput(path.resolve(context.cwd, output), content, reads, context.cwd);
    }
}
