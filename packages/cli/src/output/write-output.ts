import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError, type CommandContext } from '../command.js';
import { describeFsError } from '../workspace/fs-errors.js';
import { displayPath } from '../workspace/read-sources.js';

/** Writes OUT (absolute), creating its folder; quiet on success like every command. */
export async function writeOutput(file: string, content: string | Uint8Array, cwd: string): Promise<void> {
    try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
    } catch (error) {
        throw new CliError(`cannot write ${displayPath(file, cwd)}: ${describeFsError(error)}`, { cause: error });
    }
}

/** A command's result: to OUT when given (relative to the current folder), else to standard output. */
export async function deliver(content: string | Uint8Array, output: string | undefined, context: CommandContext): Promise<void> {
    if (output === undefined) {
        context.stdout.write(content);
    } else {
        await writeOutput(path.resolve(context.cwd, output), content, context.cwd);
    }
}
