import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/render/png-encode.js';
import { resvgOptions } from '../../src/render/png.js';

/** A picture with opaque areas, text, and anti-aliased edges on no background (half-transparent pixels). */
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="50" viewBox="0 0 120 50">'
    + '<rect x="0" y="0" width="60" height="50" fill="#ffffff"/><circle cx="80" cy="25" r="17.3" fill="#3366cc" fill-opacity="0.6"/>'
    + '<text x="4" y="30" font-size="13" fill="#1f2328">Шаг 1</text></svg>';

describe('encodePng', () => {
    const image = new Resvg(SVG, resvgOptions(1.5)).render();
    let ours: Buffer;
    beforeAll(async () => {
        ours = Buffer.from(await encodePng(image.width, image.height, image.pixels));
    });

    it('writes a PNG that a PNG reader (pngjs, checking every CRC) reads back to resvg\'s own pixels', () => {
        const read = PNG.sync.read(ours, { checkCRC: true });
        const theirs = PNG.sync.read(image.asPng());
        expect([read.width, read.height]).toEqual([image.width, image.height]);
        expect(read.data.equals(theirs.data)).toBe(true);
    });

    it('has half-transparent pixels to straighten, and the same bytes each time', async () => {
        const alphas = new Set(PNG.sync.read(ours).data.filter((_, i) => i % 4 === 3));
        expect([...alphas].some(alpha => alpha > 0 && alpha < 255)).toBe(true);
        expect(Buffer.from(await encodePng(image.width, image.height, image.pixels)).equals(ours)).toBe(true);
    });
});

describe('encodePng of a picture larger than one piece of rows (deflated a few MB at a time)', () => {
    // 1,200 x 1,000 pixels: 4.8 MB of rows, so the zlib stream is written in two pieces.
    const TALL = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1000" viewBox="0 0 1200 1000">'
        + '<rect x="10" y="10" width="1180" height="980" fill="#f6f8fa" stroke="#1f2328"/>'
        + '<circle cx="600" cy="500" r="420.5" fill="#3366cc" fill-opacity="0.6"/>'
        + '<text x="40" y="980" font-size="40" fill="#1f2328">Оплата заказа — last row</text></svg>';
    const image = new Resvg(TALL, resvgOptions(1)).render();
    let ours: Buffer;
    beforeAll(async () => {
        ours = Buffer.from(await encodePng(image.width, image.height, image.pixels));
    });

    it('reads back, every CRC and the zlib checksum checked, to resvg\'s own pixels', () => {
        const read = PNG.sync.read(ours, { checkCRC: true });
        expect([read.width, read.height]).toEqual([1200, 1000]);
        expect(read.data.equals(PNG.sync.read(image.asPng()).data)).toBe(true);
    });

    it('gives the same bytes each time', async () => {
        expect(Buffer.from(await encodePng(image.width, image.height, image.pixels)).equals(ours)).toBe(true);
    });
});
