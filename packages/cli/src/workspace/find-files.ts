import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { CliError } from '../command.js';
import { describeFsError } from './fs-errors.js';

/**
 * The absolute paths of the files to read, in a deterministic order: each PATH in turn, a
 * `.cjm` file as given, a folder's `*.cjm` files (skipping node_modules and dot-folders) sorted.
 * A file given twice is read once. Throws CliError for a missing path, a file that is
 * not `.cjm`, or a folder without `.cjm` files.
 */
export async function findFiles(paths: readonly string[], cwd: string): Promise<string[]> {
    const found: string[] = [];
    for (const given of paths) {
        found.push(...await filesOf(given, path.resolve(cwd, given)));
    }
    return [...new Set(found)];
}

const CJM_EXTENSION = '.cjm';

async function filesOf(given: string, absolute: string): Promise<string[]> {
    let stats;
    try {
        stats = await stat(absolute);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? `no such file or folder: ${given}` : `cannot read ${given}: ${describeFsError(error)}`, { cause: error });
    }
    if (stats.isFile()) {
        if (path.extname(absolute) !== CJM_EXTENSION) {
            throw new CliError(`${given} is not a ${CJM_EXTENSION} file`);
        }
        return [absolute];
    }
    if (!stats.isDirectory()) {
        throw new CliError(`${given} is neither a file nor a folder`);
    }
    const files = await glob('**/*.cjm', { cwd: absolute, absolute: true, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true });
    if (files.length === 0) {
        throw new CliError(`no .cjm files in ${given}`);
    }
    return files.map(file => path.resolve(file)).sort(byCodeUnits);
}

/** Locale-independent order, so that every machine lists files alike. */
function byCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
