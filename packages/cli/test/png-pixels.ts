/**
 * Reads the pixels of a PNG as the CLI writes it (8-bit RGBA or RGB, not interlaced), so
 * that tests can look at what was drawn. Small enough to need no image library.
 */
import { inflateSync } from 'node:zlib';

export interface Pixels {
    width: number;
    height: number;
    /** RGBA, 4 bytes per pixel, rows top to bottom. */
    rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(left: number, up: number, upLeft: number): number {
    const p = left + up - upLeft;
    const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
    return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

export function decodePng(bytes: Buffer): Pixels {
    if (!bytes.subarray(0, 8).equals(SIGNATURE)) {
        throw new Error('not a PNG');
    }
    let width = 0;
    let height = 0;
    let channels = 0;
    const data: Buffer[] = [];
    for (let at = 8; at < bytes.length;) {
        const length = bytes.readUInt32BE(at);
        const type = bytes.toString('latin1', at + 4, at + 8);
        const body = bytes.subarray(at + 8, at + 8 + length);
        if (type === 'IHDR') {
            [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
            const [depth, colour, interlace] = [body[8], body[9], body[12]];
            if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0) {
                throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
            }
            channels = colour === 6 ? 4 : 3;
        } else if (type === 'IDAT') {
            data.push(body);
        }
        at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(data));
    const stride = width * channels;
    const rows = new Uint8Array(height * stride);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
        for (let i = 0; i < stride; i++) {
            const left = i >= channels ? rows[y * stride + i - channels] : 0;
            const up = y > 0 ? rows[(y - 1) * stride + i] : 0;
            const upLeft = y > 0 && i >= channels ? rows[(y - 1) * stride + i - channels] : 0;
            const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
            rows[y * stride + i] = (line[i] + predictor) & 0xff;
        }
    }
    if (channels === 4) {
        return { width, height, rgba: rows };
    }
    const rgba = new Uint8Array(width * height * 4);
    for (let p = 0; p < width * height; p++) {
        rgba.set(rows.subarray(p * 3, p * 3 + 3), p * 4);
        rgba[p * 4 + 3] = 255;
    }
    return { width, height, rgba };
}
