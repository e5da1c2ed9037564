import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES } from '@cjm/language';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** Device pixels per SVG unit: crisp on high-density screens and in slides. */
export const PNG_SCALE = 2;

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
    return new Resvg(svg, resvgOptions()).render().asPng();
}
