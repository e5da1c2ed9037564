import { describe, expect, it } from 'vitest';
import { DEFAULT_PIXELS, MAX_PIXELS, PNG_SCALE, pngScale } from '../../src/render/png.js';

const pixels = (width: number, height: number, scale: number): number => Math.ceil(width * scale) * Math.ceil(height * scale);

describe('pngScale', () => {
    it('draws an ordinary journey at twice its size', () => {
        expect(pngScale(3000, 900)).toBe(PNG_SCALE);
    });

    it('draws a larger one within the default budget, but never under one pixel per unit', () => {
        const between = pngScale(4000, 2000);
        expect(between).toBeLessThan(PNG_SCALE);
        expect(between).toBeGreaterThan(1);
        expect(pixels(4000, 2000, between)).toBeLessThanOrEqual(DEFAULT_PIXELS + 10_000);
        // 200 touchpoints: about 12,400 x 2,100 units.
        expect(pngScale(12_428, 2_099)).toBe(1);
    });

    it('zooms a picture of thousands of touchpoints out to the largest size', () => {
        const [width, height] = [52_000, 2_600];
        const scale = pngScale(width, height);
        expect(scale).toBeLessThan(1);
        expect(pixels(width, height, scale)).toBeLessThanOrEqual(MAX_PIXELS + 100_000);
    });

    it('gives what --scale or --width asks, within the largest size', () => {
        expect(pngScale(3000, 900, { scale: 3 })).toBe(3);
        expect(pngScale(3000, 900, { scale: 0.5 })).toBe(0.5);
        expect(pngScale(3000, 900, { width: 1500 })).toBe(0.5);
        expect(pixels(12_428, 2_099, pngScale(12_428, 2_099, { scale: 4 }))).toBeLessThanOrEqual(MAX_PIXELS + 100_000);
    });
});
