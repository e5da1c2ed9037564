/**
 * RGBA pixels as PNG bytes, compressed for speed. resvg's own encoder (its `asPng`) filters
 * every row adaptively and deflates at the default level: on a 200-touchpoint picture it
 * took longer than drawing it. A diagram is large flat areas and text, which deflate at
 * level 1 without filters packs about as small (measured within 3 %) five times faster;
 * pngjs, the usual npm encoder, was slower still than resvg. The output is a plain 8-bit
 * RGBA PNG (IHDR, one IDAT, IEND); the same pixels give the same bytes. A large picture is
 * encoded in bands on both cores (png-bands.ts), each band deflated on its own.
 */
import { constants, deflateRawSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** The fastest deflate level: a flat-coloured picture loses little by it. */
const LEVEL = 1;

/**
 * A band of rows, filtered and deflated on its own (a thread can encode one): the raw
 * deflate data ends on a byte boundary, with the last block marked last only for the
 * picture's last band, so the bands' data in order is one deflate stream.
 */
export interface EncodedBand {
    readonly data: Uint8Array;
    /** Adler-32 of the band's filtered rows, and their length, for the stream's checksum. */
    readonly adler: number;
    readonly length: number;
}

/** Rows of `pixels` (premultiplied by alpha, as resvg keeps them; a PNG holds them straight), `width` wide. */
export function encodeBand(width: number, pixels: Uint8Array, last: boolean): EncodedBand {
    const stride = width * 4;
    const height = pixels.length / stride;
    // Each row starts with its filter type, 0 (none).
    const rows = Buffer.alloc((stride + 1) * height);
    for (let y = 0; y < height; y++) {
        const start = y * (stride + 1) + 1;
        rows.set(pixels.subarray(y * stride, (y + 1) * stride), start);
        straighten(rows, start, start + stride);
    }
    const data = deflateRawSync(rows, { level: LEVEL, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    return { data, adler: adler32(rows), length: rows.length };
}

/** The PNG of `bands`, top to bottom, the last encoded as last. */
export function pngOfBands(width: number, height: number, bands: readonly EncodedBand[]): Uint8Array {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    // Bit depth 8, colour type 6 (RGBA), deflate, the standard filter method, no interlace.
    header.set([8, 6, 0, 0, 0], 8);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(bands.reduce((sum, band) => adler32Combine(sum, band.adler, band.length), 1), 0);
    // The zlib header of the fastest level (CMF 0x78, FLG 0x01), as deflateSync writes it.
    const stream = Buffer.concat([Uint8Array.of(0x78, 0x01), ...bands.map(band => band.data), checksum]);
    return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', stream), chunk('IEND', Buffer.alloc(0))]);
}

/** The whole picture as one band. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Uint8Array {
    return pngOfBands(width, height, [encodeBand(width, pixels, true)]);
}

/** Undoes premultiplied alpha in `bytes[start, end)`: only pixels neither clear nor opaque change (anti-aliased edges), few. */
function straighten(bytes: Buffer, start: number, end: number): void {
    for (let i = start; i < end; i += 4) {
        const alpha = bytes[i + 3];
        if (alpha !== 255 && alpha !== 0) {
            for (let c = i; c < i + 3; c++) {
                bytes[c] = Math.min(255, Math.round(bytes[c] * 255 / alpha));
            }
        }
    }
}

function chunk(type: string, data: Uint8Array): Buffer {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
    return Buffer.concat([head, data, tail]);
}

/** CRC-32 as PNG defines it (ISO 3309); `zlib.crc32` came only in Node 20.15. */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
});

function crc32(bytes: Uint8Array, previous = 0): number {
    let c = ~previous >>> 0;
    for (const byte of bytes) {
        c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    }
    return ~c >>> 0;
}

const ADLER_BASE = 65521;
/** Bytes summed before the sums must be reduced, as zlib does (NMAX). */
const ADLER_RUN = 5552;

function adler32(bytes: Uint8Array): number {
    let [a, b] = [1, 0];
    for (let start = 0; start < bytes.length; start += ADLER_RUN) {
        const end = Math.min(bytes.length, start + ADLER_RUN);
        for (let i = start; i < end; i++) {
            a += bytes[i];
            b += a;
        }
        [a, b] = [a % ADLER_BASE, b % ADLER_BASE];
    }
    return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte strings one after the other, from theirs and the second's length (zlib's adler32_combine). */
function adler32Combine(first: number, second: number, secondLength: number): number {
    const remainder = secondLength % ADLER_BASE;
    const a1 = first & 0xffff;
    const b1 = first >>> 16;
    const a = (a1 + (second & 0xffff) + ADLER_BASE - 1) % ADLER_BASE;
    const b = ((remainder * a1) % ADLER_BASE + b1 + (second >>> 16) + ADLER_BASE - remainder) % ADLER_BASE;
    return ((b << 16) | a) >>> 0;
}
