import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { unavailable, type HeadReader, type HeadText } from './head-text.js';

/** HEAD's text of a document in Node's host: a file saved in a git repository, read with git. */
export const gitHeadText: HeadReader = async uri => (uri.scheme === 'file' ? headText(uri.fsPath) : unavailable('only a file saved on disk in a git repository has a HEAD to compare with.'));

/**
 * Reads a file as committed at HEAD with `git` run in the file's folder (no shell: the
 * path is one argument, after `--end-of-options`). Each step that can fail says what it means: no git, no
 * repository, no commit yet, a file added since HEAD.
 */
export async function headText(file: string): Promise<HeadText> {
    const cwd = path.dirname(file);
    const name = path.basename(file);
    let prefix: string;
    try {
        prefix = (await git(cwd, 'rev-parse', '--show-prefix')).trim();
    } catch (error) {
        return unavailable(isMissingProgram(error) ? 'git was not found: install git, or put it on the PATH.' : `${name} is not in a git repository.`);
    }
    const inRepository = `${prefix}${name}`;
    try {
        await git(cwd, 'rev-parse', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}');
    } catch {
        return unavailable(`The repository of ${name} has no commit yet.`);
    }
    try {
        await git(cwd, 'cat-file', '-e', '--end-of-options', `HEAD:${inRepository}`);
    } catch {
        return unavailable(`${inRepository} is new: it is not in HEAD.`);
    }
    return { kind: 'text', text: await git(cwd, 'show', '--end-of-options', `HEAD:${inRepository}`), path: inRepository };
}

function git(cwd: string, ...args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
}

function isMissingProgram(error: unknown): boolean {
    return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
