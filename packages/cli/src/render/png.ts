import { FONT_FAMILY, FONT_FILES, SMALL_SIZE } from '@cjm/language';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontPath } from './font-path.js';
import { GlyphOutlines } from './glyph-outlines.js';
import { textAsGlyphs } from './text-glyphs.js';

/** Device pixels per SVG unit for a picture of ordinary size: crisp on high-density screens and in slides. */
export const PNG_SCALE = 2;

/** The default density stays within this many pixels where the picture's text stays readable in less. */
export const DEFAULT_PIXELS = 16_000_000;

/**
 * The height in pixels of the smallest text (touchpoints, lanes: SMALL_SIZE units) below
 * which the default density does not go, as long as the picture fits MAX_PIXELS there.
 */
export const READABLE_TEXT_PX = 9;

/**
 * No PNG is larger, whatever is asked (its buffers stay a few hundred MB): a picture of a
 * few thousand touchpoints is tens of thousands of units wide, and is zoomed out to this.
 */
export const MAX_PIXELS = 60_000_000;

/** What the user asked of the PNG's size: pixels per unit, or a width in pixels. */
export interface PngSize {
    scale?: number;
    width?: number;
}

/** The zoom for an SVG of `width` x `height` units: as asked, else the default density, within MAX_PIXELS. */
export function pngScale(width: number, height: number, asked: PngSize = {}): number {
    const area = Math.max(1, width * height);
    const largest = Math.sqrt(MAX_PIXELS / area);
    const wanted = asked.width !== undefined ? asked.width / Math.max(1, width) : asked.scale ?? defaultScale(area, largest);
    return Math.min(wanted, largest);
}

/** The zoom of the PNG of this SVG, from the size the renderer writes on its root element (the picture is not parsed twice). */
export function svgPngScale(svg: string, asked: PngSize = {}): number {
    const size = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    return size === null ? asked.scale ?? PNG_SCALE : pngScale(Number(size[1]), Number(size[2]), asked);
}

/**
 * Twice the picture's size within DEFAULT_PIXELS, or less, down to where its smallest text
 * is still READABLE_TEXT_PX high. A picture too large to be readable within MAX_PIXELS
 * (thousands of touchpoints) is an overview at any size: it gets DEFAULT_PIXELS.
 */
function defaultScale(area: number, largest: number): number {
    const budget = Math.sqrt(DEFAULT_PIXELS / area);
    const readable = READABLE_TEXT_PX / SMALL_SIZE;
    return Math.min(PNG_SCALE, readable <= largest ? Math.max(budget, readable) : budget);
}

/**
 * resvg draws text with exactly the font files given here (no system fonts), in this order:
 * DejaVu Sans, then the CJK and emoji fallbacks, as the layout measured every label, so
 * labels fit their boxes on any machine. A picture whose text is all glyph outlines needs
 * none (`fonts` false): reading them costs more than 10 MB of file.
 */
export function resvgOptions(scale = PNG_SCALE, fonts = true): ResvgRenderOptions {
    return {
        font: {
            fontFiles: fonts ? FONT_FILES.map(fontPath) : [],
            loadSystemFonts: false,
            defaultFontFamily: FONT_FAMILY
        },
        fitTo: { mode: 'zoom', value: scale },
        // resvg-js copies the drawn picture to crop it even when nothing is cropped (112 MB at
        // 28 MP); a crop of no width (right = left) is no crop to it, and skips the copy.
        crop: { left: 0, top: 0, right: 0 }
    };
}

/**
 * The diagram as PNG. resvg is native code: loaded only here, on demand. Its text is drawn
 * from `glyphs` (see text-glyphs.ts), whatever its length: with the build-time table of the
 * usual characters, that costs less than resvg's shaping even for a small picture (3,200
 * characters: about 285 ms of CPU against 350). Pass one store to every picture of a run, so
 * that a fallback font is read once.
 */
export async function svgToPng(svg: string, asked: PngSize = {}, glyphs = new GlyphOutlines()): Promise<Uint8Array> {
    const [{ Resvg }, { encodePng }] = await Promise.all([import('@resvg/resvg-js'), import('./png-encode.js')]);
    const scale = svgPngScale(svg, asked);
    const drawn = textAsGlyphs(svg, glyphs);
    const image = new Resvg(drawn, resvgOptions(scale, drawn.includes('<text'))).render();
    return encodePng(image.width, image.height, image.pixels);
}
