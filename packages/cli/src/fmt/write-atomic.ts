import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from '../command.js';
import { describeFsError } from '../workspace/fs-errors.js';

/**
 * Replaces a file's text so that a reader sees either the old or the new file, never a
 * half-written one: the text goes to a temporary file in the same folder (so the rename
 * stays on one file system), which then replaces the file. A symbolic link is followed
 * and stays a link; the file's permission bits are kept. `shown` names the file in errors.
 */
export async function writeAtomic(file: string, text: string, shown: string): Promise<void> {
    let temporary: string | undefined;
    try {
        const target = await realpath(file);
        const { mode } = await stat(target);
        temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
        await writeFile(temporary, text, { flag: 'wx' });
        // writeFile's mode would pass through the umask: set the bits explicitly.
        await chmod(temporary, mode & 0o7777);
        await rename(temporary, target);
    } catch (error) {
        if (temporary !== undefined) {
            await unlink(temporary).catch(() => undefined);
        }
        throw new CliError(`cannot write ${shown}: ${describeFsError(error)}`, { cause: error });
    }
}
