import { FONT_FAMILY, measureText } from '@cjm/language';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { GlyphOutlines } from '../../src/render/glyph-outlines.js';
import { resvgOptions, svgToPng } from '../../src/render/png.js';
import { textAsGlyphs } from '../../src/render/text-glyphs.js';
import { decodePng, type Pixels } from '../png-pixels.js';

// The PNG draws plain text from glyph outlines instead of letting resvg shape it: the text
// must look as resvg drew it (same face, weight, size and place) and end where the layout
// measured it. The SVGs below are written as the renderer writes text (svg-markup.ts textLines).

const WIDTH = 400;
const HEIGHT = 40;
const BASELINE = 26;
const SIZE = 13;

function picture(text: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="&#39;${FONT_FAMILY}&#39;, sans-serif">`
        + `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>${text}</svg>`;
}

function line(content: string, x: number, attributes = ''): string {
    return `<text font-size="${SIZE}"${attributes} fill="#1f2328" xml:space="preserve"><tspan x="${x}" y="${BASELINE}">${content}</tspan></text>`;
}

/** Columns and rows of the dark pixels (ink, not anti-aliasing fringe) of a picture on white. */
function inkBox({ width, height, rgba }: Pixels): { left: number; right: number; top: number; bottom: number } | undefined {
    let box: { left: number; right: number; top: number; bottom: number } | undefined;
    for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
            if (rgba[(y * width + x) * 4] < 160) {
                box = box === undefined ? { left: x, right: x + 1, top: y, bottom: y + 1 }
                    : { left: Math.min(box.left, x), right: Math.max(box.right, x + 1), top: Math.min(box.top, y), bottom: Math.max(box.bottom, y + 1) };
            }
        }
    }
    return box;
}

/** The picture as the PNG draws it, its text from glyph outlines. */
function drawnFromGlyphs(svg: string): Pixels {
    const image = new Resvg(textAsGlyphs(svg, new GlyphOutlines()), resvgOptions(1)).render();
    return { width: image.width, height: image.height, rgba: image.pixels };
}

/** The same SVG drawn by resvg with its text shaped by resvg itself, as before. */
function shapedByResvg(svg: string): Pixels {
    const image = new Resvg(svg, resvgOptions(1)).render();
    return { width: image.width, height: image.height, rgba: image.pixels };
}

describe('text in the PNG is drawn from glyph outlines', () => {
    it('turns a plain line into one path, filled like the text, and keeps nothing else of it', () => {
        const drawn = textAsGlyphs(picture(line('Sign-up form &amp; «Где мой заказ?»', 10)), new GlyphOutlines());
        expect(drawn).not.toContain('<text');
        expect(drawn).toMatch(/<path fill="#1f2328" d="M10 26m/);
    });

    it.each([
        ['Arabic, which is joined and set right to left', 'مرحبا'],
        ['a combining mark', 'Cafe\u0301'],
        ['an emoji with a skin tone', '👍🏽'],
        ['a character no font has', '\u{1FAE8}']
    ])('leaves %s to resvg to shape', (_, text) => {
        const svg = picture(line(text, 10));
        expect(textAsGlyphs(svg, new GlyphOutlines())).toBe(svg);
    });

    it.each([
        ['regular', ''],
        ['bold', ' font-weight="bold"']
    ])('draws a %s line where resvg drew it, as tall, and no wider than measured', async (_, weight) => {
        const text = 'Оформление карты: Sign-up 24/7';
        const svg = picture(line(text, 10, weight));
        const ours = inkBox(drawnFromGlyphs(svg))!;
        const theirs = inkBox(shapedByResvg(svg))!;
        expect(ours.left).toBe(theirs.left);
        expect([ours.top, ours.bottom]).toEqual([theirs.top, theirs.bottom]);
        const measured = measureText(text, SIZE, weight === '' ? 'normal' : 'bold');
        expect(ours.right).toBeLessThanOrEqual(10 + measured + 1);
        expect(ours.right).toBeGreaterThan(10 + measured - 3);
        // resvg kerns pairs; the layout does not, so the ends differ by a pixel or two at most.
        expect(Math.abs(ours.right - theirs.right)).toBeLessThanOrEqual(3);
    });

    it('ends a right-anchored line at its x', async () => {
        const svg = picture(line('Barrier severity: high', 300, ' text-anchor="end"'));
        const ink = inkBox(drawnFromGlyphs(svg))!;
        expect(ink.right).toBeLessThanOrEqual(301);
        expect(ink.right).toBeGreaterThanOrEqual(297);
        expect(ink.left).toBeCloseTo(300 - measureText('Barrier severity: high', SIZE), -1);
    });

    it('draws CJK and emoji runs in their fallback faces, each at its measured place', async () => {
        const runs = [['Shop ', undefined], ['买い物客 ', 'Noto Sans SC'], ['🛒', 'Noto Emoji']] as const;
        let x = 10;
        const spans = runs.map(([text, family]) => {
            const span = `<tspan x="${x}" y="${BASELINE}"${family === undefined ? '' : ` font-family="&#39;${family}&#39;, sans-serif"`}>${text}</tspan>`;
            x += measureText(text, SIZE);
            return span;
        });
        const svg = picture(`<text font-size="${SIZE}" fill="#1f2328" xml:space="preserve">${spans.join('')}</text>`);
        expect(textAsGlyphs(svg, new GlyphOutlines())).not.toContain('<text');
        const ours = drawnFromGlyphs(svg);
        const theirs = shapedByResvg(svg);
        // The emoji is drawn, in the last run's place.
        const emoji = { ...ours, rgba: ours.rgba.map((value, i) => ((i >> 2) % WIDTH) < x - measureText('🛒', SIZE) ? 255 : value) };
        expect(inkBox(emoji)).toBeDefined();
        expect(inkBox(ours)!.right).toBeLessThanOrEqual(Math.ceil(x) + 1);
        expect(inkBox(ours)!.left).toBe(inkBox(theirs)!.left);
    });

    it('draws a picture from glyphs, with the same bytes each time, fonts read anew or kept', async () => {
        const svg = picture(Array.from({ length: 20 }, (_, i) => line(`Product: Olive &amp; Ember · Owner: ${i}`, 10)).join(''));
        const glyphs = new GlyphOutlines();
        const first = Buffer.from(await svgToPng(svg, { scale: 1 }, glyphs));
        expect(Buffer.from(await svgToPng(svg, { scale: 1 }, glyphs)).equals(first)).toBe(true);
        expect(Buffer.from(await svgToPng(svg, { scale: 1 })).equals(first)).toBe(true);
        // On an opaque background the PNG's pixels are the glyph drawing's, byte for byte.
        expect(Buffer.from(decodePng(first).rgba).equals(Buffer.from(drawnFromGlyphs(svg).rgba))).toBe(true);
    });
});
