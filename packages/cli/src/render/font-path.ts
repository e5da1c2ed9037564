import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the font files lie, relative to this module once bundled: scripts/bundle.mjs copies
 * them into dist/fonts/ and defines this from the folder it writes chunks into. Unbundled
 * (the tests import this source) it is not defined, and the fonts are read from their packages.
 */
declare const CJM_FONTS_FROM_CHUNK: string | undefined;

/** The path of a font file given as a package specifier (FONT_FILES). */
export function fontPath(specifier: string): string {
    return typeof CJM_FONTS_FROM_CHUNK === 'string'
        ? fileURLToPath(new URL(CJM_FONTS_FROM_CHUNK + path.posix.basename(specifier), import.meta.url))
        : createRequire(import.meta.url).resolve(specifier);
}
