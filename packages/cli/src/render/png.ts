import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILY, FONT_FILES } from '@cjm/language';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * Where the font files lie, relative to this module once bundled: scripts/bundle.mjs copies
 * them into dist/fonts/ and defines this from the folder it writes chunks into. Unbundled
 * (the tests import this source) it is not defined, and the fonts are read from their packages.
 */
declare const CJM_FONTS_FROM_CHUNK: string | undefined;

/** Device pixels per SVG unit: crisp on high-density screens and in slides. */
export const PNG_SCALE = 2;

/**
 * A picture of a few thousand touchpoints is tens of thousands of units wide; past this
 * many pixels the PNG is zoomed out instead, so its buffer stays a few hundred MB.
 */
const MAX_PIXELS = 60_000_000;

/** The zoom for an SVG of `width` x `height` units: PNG_SCALE, or less for a huge picture. */
export function pngScale(width: number, height: number): number {
    return Math.min(PNG_SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
}

/** The path of a font file given as a package specifier (FONT_FILES). */
function fontPath(specifier: string): string {
    return typeof CJM_FONTS_FROM_CHUNK === 'string'
        ? fileURLToPath(new URL(CJM_FONTS_FROM_CHUNK + path.posix.basename(specifier), import.meta.url))
        : createRequire(import.meta.url).resolve(specifier);
}

/**
 * resvg draws text with exactly the font files given here (no system fonts), in this order:
 * DejaVu Sans, then the CJK and emoji fallbacks, as the layout measured every label, so
 * labels fit their boxes on any machine.
 */
export function resvgOptions(scale = PNG_SCALE): ResvgRenderOptions {
    return {
        font: {
            fontFiles: FONT_FILES.map(fontPath),
            loadSystemFonts: false,
            defaultFontFamily: FONT_FAMILY
        },
        fitTo: { mode: 'zoom', value: scale }
    };
}

/** The diagram as PNG. resvg is native code: loaded only here, on demand. */
export async function svgToPng(svg: string): Promise<Uint8Array> {
    const { Resvg } = await import('@resvg/resvg-js');
    // The renderer writes the size on the root element; the picture is not parsed twice.
    const size = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    const scale = size === null ? PNG_SCALE : pngScale(Number(size[1]), Number(size[2]));
    return new Resvg(svg, resvgOptions(scale)).render().asPng();
}
