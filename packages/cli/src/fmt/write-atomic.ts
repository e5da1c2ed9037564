import { chmod, chown, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from '../command.js';
import { describeFsError } from '../workspace/fs-errors.js';

/**
 * Replaces a file's text so that a reader sees either the old or the new file, never a
 * half-written one: the text goes to a temporary file in the same folder (so the rename
 * stays on one file system), which then replaces the file. What the file is stays as it
 * was: a symbolic link is followed and stays a link; the permission bits, the owner and
 * the group are kept (as root too; a user who may not give the file back its owner writes
 * in place); a file with several hard links is written in place, as a rename would split
 * it from its other names. A read-only file is refused, even for
 * root, who could write it anyway. `shown` names the file in errors.
 */
export async function writeAtomic(file: string, text: string, shown: string): Promise<void> {
    let temporary: string | undefined;
    try {
        const target = await realpath(file);
        const { mode, uid, gid, nlink } = await stat(target);
        if ((mode & 0o222) === 0) {
            throw new CliError(`${shown} is read-only; cjm fmt leaves it untouched (make it writable to format it)`);
        }
        if (nlink > 1) {
            await writeFile(target, text);
            return;
        }
        temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
        await writeFile(temporary, text, { flag: 'wx', mode: 0o600 });
        const written = await stat(temporary);
        if ((written.uid !== uid || written.gid !== gid) && !(await chown(temporary, uid, gid).then(() => true, () => false))) {
            // Not allowed to give the file back its owner (a group-writable file of another user): write in place, which keeps it.
            await unlink(temporary);
            temporary = undefined;
            await writeFile(target, text);
            return;
        }
        // writeFile's mode would pass through the umask: set the bits explicitly, after chown (which clears set-id bits).
        await chmod(temporary, mode & 0o7777);
        await rename(temporary, target);
    } catch (error) {
        if (temporary !== undefined) {
            await unlink(temporary).catch(() => undefined);
        }
        if (error instanceof CliError) {
            throw error;
        }
        throw new CliError(`cannot write ${shown}: ${describeFsError(error)}`, { cause: error });
    }
}
