import { FONT_FAMILY, measureText } from '@cjm/language';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { resvgOptions } from '../../src/render/png.js';

// The layout wraps labels by measureText (DejaVu advance widths); the PNG must draw them
// no wider, or text would spill out of its box. Rendered at 1 px per unit, so columns are units.

const FONT_SIZE = 13;
const WEIGHTS = ['normal', 'bold'] as const;
const LEFT = 4;
const MIN_WIDTH = 80;

/**
 * One line of text drawn at x = LEFT in the fonts the CLI gives resvg, at 1 px per unit, on
 * a canvas at least MIN_WIDTH wide (so that drawings of single characters compare).
 */
function draw(text: string, weight: typeof WEIGHTS[number]): { width: number; pixels: Buffer } {
    const width = Math.max(MIN_WIDTH, Math.ceil(measureText(text, FONT_SIZE, weight)) + 2 * LEFT + 40);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="30" viewBox="0 0 ${width} 30">`
        + `<text x="${LEFT}" y="20" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" font-weight="${weight}" fill="#000">${text}</text></svg>`;
    const image = new Resvg(svg, resvgOptions(1)).render();
    // Each read of `pixels` copies the image: read it once.
    return { width: image.width, pixels: image.pixels };
}

/** The x of the right edge of the ink of one line of text drawn at x = LEFT, in px. */
function inkRightEdge(text: string, weight: typeof WEIGHTS[number]): number {
    const image = draw(text, weight);
    const { pixels } = image;
    let right = -1;
    for (let i = 3; i < pixels.length; i += 4) {
        // Alpha above a faint anti-aliasing fringe.
        if (pixels[i] > 24) {
            right = Math.max(right, ((i - 3) / 4) % image.width);
        }
    }
    return right + 1 - LEFT;
}

const LINES = [
    'Sign-up form via Website for Founder',
    'WAVE AVA Type LT Wo Yo',
    'Оформление карты в отделении банка',
    'Ждём курьера: «Где мой заказ?»',
    'Mixed: Кафе Café 24/7'
];

describe('PNG text is drawn where measureText says', () => {
    for (const weight of WEIGHTS) {
        it.each(LINES)(`${weight}: %s`, text => {
            const measured = measureText(text, FONT_SIZE, weight);
            const ink = inkRightEdge(text, weight);
            expect(ink).toBeLessThanOrEqual(measured + 1);
            // And it is drawn at all, in the measured font: text without a font would be dropped silently.
            expect(ink).toBeGreaterThan(measured * 0.9);
        });
    }
});

// The layout sets each run of CJK or emoji in its fallback face (font runs); drawn one by
// one, each such character comes from that same face, as the first loaded face that has it.
const FALLBACK_CHARACTERS = [...'注文の旅メ한국어결제🍜🧾🚀✅⏳💳👀'];
/** Runic is in none of the fonts: drawn as DejaVu's empty box. */
const TOFU = 'ᚠ';

describe('PNG characters from the fallback fonts', () => {
    for (const weight of WEIGHTS) {
        it.each(FALLBACK_CHARACTERS)(`${weight}: %s is drawn within its measured advance, and not as an empty box`, ch => {
            expect(inkRightEdge(ch, weight)).toBeLessThanOrEqual(measureText(ch, FONT_SIZE, weight) + 1);
            const drawn = draw(ch, weight);
            const tofu = draw(TOFU, weight);
            expect(drawn.pixels.some((value, i) => i % 4 === 3 && value > 24)).toBe(true);
            expect(drawn.width).toBe(tofu.width);
            expect(drawn.pixels.equals(tofu.pixels)).toBe(false);
        });
    }
});
