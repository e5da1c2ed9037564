import { FONT_FAMILY, measureText } from '@cjm/language';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { resvgOptions } from '../../src/render/png.js';

// The layout wraps labels by measureText (DejaVu advance widths); the PNG must draw them
// no wider, or text would spill out of its box. Rendered at 1 px per unit, so columns are units.

const FONT_SIZE = 13;
const WEIGHTS = ['normal', 'bold'] as const;
const LEFT = 4;

/** The x of the right edge of the ink of one line of text drawn at x = LEFT, in px. */
function inkRightEdge(text: string, weight: typeof WEIGHTS[number]): number {
    const width = Math.ceil(measureText(text, FONT_SIZE, weight)) + 2 * LEFT + 40;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="30" viewBox="0 0 ${width} 30">`
        + `<text x="${LEFT}" y="20" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" font-weight="${weight}" fill="#000">${text}</text></svg>`;
    const image = new Resvg(svg, resvgOptions(1)).render();
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
