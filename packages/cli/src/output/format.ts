import * as path from 'node:path';
import { CliError } from '../command.js';

/** The formats a command writes, and how to tell them from the name of OUT. */
export interface OutputFormats<Format extends string> {
    readonly names: readonly Format[];
    /** Lower-case extensions with their dot: `.svg`. */
    readonly byExtension: Readonly<Record<string, Format>>;
    /** The format without `--format` and `-o`; absent when `--format` is then required. */
    readonly fallback?: Format;
}

/**
 * The format to write: `--format` wins; else OUT's extension; without OUT, the fallback.
 * Throws CliError when none of them names a format.
 */
export function resolveFormat<Format extends string>(flag: Format | undefined, output: string | undefined, formats: OutputFormats<Format>): Format {
    if (flag !== undefined) {
        return flag;
    }
    const option = `--format ${formats.names.join('|')}`;
    if (output === undefined) {
        if (formats.fallback === undefined) {
            throw new CliError(`choose the format with ${option}`);
        }
        return formats.fallback;
    }
    const format = formats.byExtension[path.extname(output).toLowerCase()];
    if (format === undefined) {
        const extensions = Object.keys(formats.byExtension);
        const names = `${extensions.slice(0, -1).join(', ')} or ${extensions[extensions.length - 1]}`;
        throw new CliError(`cannot tell the format from the name ${output}: use ${names}, or ${option}`);
    }
    return format;
}
