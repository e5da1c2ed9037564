import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES } from '@cjm/language';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

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

/**
 * resvg draws text with exactly the font files given here (no system fonts): the DejaVu
 * Sans files the layout measured every label with, so labels fit their boxes on any machine.
 */
export function resvgOptions(scale = PNG_SCALE): ResvgRenderOptions {
    const fonts = createRequire(import.meta.url);
    return {
        font: {
            fontFiles: Object.values(FONT_FILES).map(file => fonts.resolve(file)),
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
