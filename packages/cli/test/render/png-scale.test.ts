import { describe, expect, it } from 'vitest';
import { PNG_SCALE, pngScale } from '../../src/render/png.js';

describe('pngScale', () => {
    it('draws an ordinary journey at twice its size', () => {
        expect(pngScale(3000, 900)).toBe(PNG_SCALE);
    });

    it('zooms a picture of thousands of touchpoints out to a buffer that fits in memory', () => {
        const [width, height] = [52_000, 2_600];
        const scale = pngScale(width, height);
        expect(scale).toBeLessThan(1);
        expect(Math.ceil(width * scale) * Math.ceil(height * scale)).toBeLessThanOrEqual(60_100_000);
    });
});
