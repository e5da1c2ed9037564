import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../command.js';
import { decode, readSources, type Source } from '../workspace/read-sources.js';
import { gitShow } from './git-show.js';

/**
 * One side of `cjm diff`: a path on disk, or `REV:PATH` read with git. A path that exists
 * wins, so a file named `a:b.cjm` stays a file. Throws CliError when neither reading works.
 */
export async function readSide(operand: string, cwd: string): Promise<Source> {
    const onDisk = path.resolve(cwd, operand);
    if (existsSync(onDisk)) {
        const [source] = await readSources([onDisk], cwd);
        return source;
    }
    const colon = operand.indexOf(':');
    if (colon <= 0) {
        throw new CliError(`no such file: ${operand}`);
    }
    if (operand.startsWith('-')) {
        throw new CliError(`no such file: ${operand}; and a revision never begins with \`-\``);
    }
    const bytes = await gitShow(operand, cwd);
    // The path only places the text (config lookup); messages name it as given.
    return { path: path.resolve(cwd, operand.slice(colon + 1)), file: operand, text: decode(bytes, operand) };
}
