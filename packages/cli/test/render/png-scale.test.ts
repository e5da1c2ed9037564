import { SMALL_SIZE } from '@cjm/language';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIXELS, MAX_PIXELS, PNG_SCALE, READABLE_TEXT_PX, pngScale } from '../../src/render/png.js';

const pixels = (width: number, height: number, scale: number): number => Math.ceil(width * scale) * Math.ceil(height * scale);

describe('pngScale', () => {
    it('draws an ordinary journey at twice its size', () => {
        expect(pngScale(3000, 900)).toBe(PNG_SCALE);
    });

    it('draws a larger one within the default budget, but never where its smallest text is under 9 pixels high', () => {
        const between = pngScale(4000, 2000);
        expect(between).toBeLessThan(PNG_SCALE);
        expect(between * SMALL_SIZE).toBeGreaterThan(READABLE_TEXT_PX);
        expect(pixels(4000, 2000, between)).toBeLessThanOrEqual(DEFAULT_PIXELS + 10_000);
        // 200 touchpoints: about 12,400 x 2,250 units, drawn with 9-pixel touchpoint text (19 million pixels).
        const scale = pngScale(12_428, 2_256);
        expect(scale * SMALL_SIZE).toBeCloseTo(READABLE_TEXT_PX);
        expect(pixels(12_428, 2_256, scale)).toBeLessThan(20_000_000);
    });

    it('draws a picture of thousands of touchpoints, unreadable at any allowed size, as an overview within the default budget', () => {
        const [width, height] = [133_440, 2_341];
        const scale = pngScale(width, height);
        expect(scale * SMALL_SIZE).toBeLessThan(READABLE_TEXT_PX);
        expect(pixels(width, height, scale)).toBeLessThanOrEqual(DEFAULT_PIXELS + 100_000);
    });

    it('gives what --scale or --width asks, within the largest size', () => {
        expect(pngScale(3000, 900, { scale: 3 })).toBe(3);
        expect(pngScale(3000, 900, { scale: 0.5 })).toBe(0.5);
        expect(pngScale(3000, 900, { width: 1500 })).toBe(0.5);
        expect(pixels(12_428, 2_256, pngScale(12_428, 2_256, { scale: 4 }))).toBeLessThanOrEqual(MAX_PIXELS + 100_000);
        expect(pixels(133_440, 2_341, pngScale(133_440, 2_341, { scale: 1 }))).toBeLessThanOrEqual(MAX_PIXELS + 100_000);
        expect(pixels(133_440, 2_341, pngScale(133_440, 2_341, { scale: 1 }))).toBeGreaterThan(MAX_PIXELS - 100_000);
    });
});
