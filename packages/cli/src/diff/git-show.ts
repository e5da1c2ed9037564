import { execFile } from 'node:child_process';
import { CliError } from '../command.js';

/**
 * The bytes of `REV:PATH` as `git show` prints them, run in `cwd` without a shell (so a
 * revision is never read as shell syntax) and after `--end-of-options` (so it is never
 * read as one of git's options, such as `--output=FILE`). PATH is relative to the repository root, or
 * to `cwd` when it starts with `./` or `../`, as git reads it. Throws CliError with git's
 * own reason: not a repository, an unknown revision, no such path in it.
 */
export function gitShow(spec: string, cwd: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        execFile('git', ['show', '--end-of-options', spec], { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (!error) {
                resolve(stdout);
            } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
                reject(new CliError(`cannot read ${spec}: git is not installed (or not on the PATH)`, { cause: error }));
            } else {
                reject(new CliError(`cannot read ${spec}: ${gitReason(stderr.toString('utf8'))}`, { cause: error }));
            }
        });
    });
}

/** Git's first line without its `fatal: ` prefix. */
function gitReason(stderr: string): string {
    const line = stderr.split('\n').find(text => text.trim() !== '') ?? 'git show failed';
    return line.replace(/^(fatal|error): /, '').trim();
}
