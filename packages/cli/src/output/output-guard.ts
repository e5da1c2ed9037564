import { lstat, readlink, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from '../command.js';
import { displayPath } from '../workspace/read-sources.js';

/** The longest chain of symbolic links followed, as the kernel's own limit (ELOOP). */
const MAX_LINKS = 40;

/**
 * Refuses an output that would write over what the team writes by hand: a map (`.cjm`)
 * or a workspace config (`cjm.config.json`), named so or reached through symbolic links,
 * or a file the command reads under another name (a hard link, another spelling, another
 * case on a case-insensitive disk). Real paths and file identities are compared, never
 * the spelling of OUT. `reads` are the absolute paths of the files the command read.
 */
export async function refuseOverwritingInput(out: string, reads: readonly string[], cwd: string): Promise<void> {
    const shown = displayPath(out, cwd);
    const target = await linkTarget(out);
    for (const file of target === out ? [out] : [out, target]) {
        const kind = handWritten(file);
        if (kind !== undefined) {
            const through = file === out ? '' : ` (a link to ${displayPath(file, cwd)})`;
            throw new CliError(`refusing to write ${shown}${through}: it is ${kind}, and cjm never writes over one; choose another output name`);
        }
    }
    const written = await identity(target);
    if (written === undefined) {
        return;
    }
    for (const read of reads) {
        if ((await identity(read)) === written) {
            throw new CliError(`refusing to write ${shown}: it is ${displayPath(read, cwd)}, which this command reads; choose another output name`);
        }
    }
}

function handWritten(file: string): string | undefined {
    const name = path.basename(file).toLowerCase();
    return name.endsWith('.cjm') ? 'a map (.cjm)' : name === 'cjm.config.json' ? 'a workspace config' : undefined;
}

/** Where writing to `file` lands: the end of its chain of symbolic links, even one that does not exist yet. */
async function linkTarget(file: string): Promise<string> {
    let current = file;
    for (let hops = 0; hops < MAX_LINKS; hops++) {
        const link = await lstat(current).then(found => found.isSymbolicLink(), () => false);
        if (!link) {
            return current;
        }
        current = path.resolve(path.dirname(current), await readlink(current));
    }
    return current;
}

/** A file's identity on its device, or undefined when it does not exist. */
async function identity(file: string): Promise<string | undefined> {
    return stat(file, { bigint: true }).then(found => `${found.dev}:${found.ino}`, () => undefined);
}
