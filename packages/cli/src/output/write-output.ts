import { mkdir, stat, writeFile } from 'node:fs/promises';
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
        throw new CliError(`cannot write ${displayPath(file, cwd)}: ${await describeWriteError(error, path.dirname(file), cwd)}`, { cause: error });
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

/**
 * Why nothing could be written into `folder`: the part of its path that exists but is a
 * file (or a device such as /dev/full) when that is the cause, else the error's reason.
 */
export async function describeWriteError(error: unknown, folder: string, cwd: string): Promise<string> {
    for (let part = folder; ; part = path.dirname(part)) {
        const found = await stat(part).catch(() => undefined);
        if (found !== undefined) {
            return found.isDirectory() ? describeFsError(error) : `${displayPath(part, cwd)} is not a folder`;
        }
        if (path.dirname(part) === part) {
            return describeFsError(error);
        }
    }
}
