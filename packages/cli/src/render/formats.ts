import * as path from 'node:path';
import { CliError } from '../command.js';

export const RENDER_FORMATS = ['svg', 'png', 'html'] as const;

export type RenderFormat = typeof RENDER_FORMATS[number];

const BY_EXTENSION: Readonly<Record<string, RenderFormat>> = { '.svg': 'svg', '.png': 'png', '.html': 'html', '.htm': 'html' };

/**
 * The format to write: `--format` wins; else OUT's extension; without OUT, SVG (cli.md).
 * Throws CliError when OUT's extension names no format and `--format` is missing.
 */
export function resolveFormat(flag: RenderFormat | undefined, output: string | undefined): RenderFormat {
    if (flag !== undefined) {
        return flag;
    }
    if (output === undefined) {
        return 'svg';
    }
    const format = BY_EXTENSION[path.extname(output).toLowerCase()];
    if (format === undefined) {
        throw new CliError(`cannot tell the format from the name ${output}: use .svg, .png, .html or .htm, or --format ${RENDER_FORMATS.join('|')}`);
    }
    return format;
}
