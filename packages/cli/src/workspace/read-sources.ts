import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from '../command.js';
import { describeFsError } from './fs-errors.js';

export interface Source {
    /** Absolute path. */
    path: string;
    /** The path to show: relative to the current folder. */
    file: string;
    text: string;
}

// ignoreBOM keeps a byte order mark in the text: the language handles it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads the files as UTF-8 text, in the given order. Throws CliError for the first file
 * (in that order) that cannot be read, is binary (contains NUL) or is not UTF-8.
 */
export async function readSources(files: readonly string[], cwd: string): Promise<Source[]> {
    const reads = await Promise.allSettled(files.map(file => readFile(file)));
    return reads.map((read, index) => {
        const file = displayPath(files[index], cwd);
        if (read.status === 'rejected') {
            throw new CliError(`cannot read ${file}: ${describeFsError(read.reason)}`, { cause: read.reason });
        }
        return { path: files[index], file, text: decode(read.value, file) };
    });
}

/** The path relative to the current folder, as cli.md shows files. */
export function displayPath(file: string, cwd: string): string {
    return path.relative(cwd, file) || path.basename(file);
}

/** The text of a .cjm file's bytes: UTF-8 (a BOM kept), refused when binary or not UTF-8. */
export function decode(bytes: Uint8Array, file: string): string {
    if (bytes.includes(0)) {
        throw new CliError(`${file} is not a text file (it contains NUL bytes)`);
    }
    try {
        return decoder.decode(bytes);
    } catch (error) {
        throw new CliError(`${file} is not UTF-8 text`, { cause: error });
    }
}
