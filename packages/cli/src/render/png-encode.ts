/**
 * RGBA pixels as PNG bytes, compressed for speed. resvg's own encoder (its `asPng`) filters
 * every row adaptively and deflates at the default level: on a 200-touchpoint picture it
 * took longer than drawing it. A diagram is large flat areas and text, which deflate at
 * level 1 without filters packs about as small (measured within 3 %) five times faster;
 * pngjs, the usual npm encoder, was slower still than resvg. The output is a plain 8-bit
 * RGBA PNG (IHDR, one IDAT, IEND); the same pixels give the same bytes.
 *
 * The rows go to deflate a few megabytes at a time through one reused buffer, each piece
 * ending in a sync flush, so the zlib stream is one: a buffer of the whole picture (64 MB
 * at 16 MP) cost more in first-touch page faults than deflating it.
 */
import { constants, deflateRawSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** The fastest deflate level: a flat-coloured picture loses little by it. */
const LEVEL = 1;
/** About this many bytes of rows are deflated at a time. */
const PIECE = 4 * 1024 * 1024;
/** A zlib stream's header: deflate with a 32 KB window, compressed at the fastest level. */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x01);

/** `pixels` are premultiplied by alpha, as resvg keeps them; a PNG holds them straight. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Uint8Array {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    // Bit depth 8, colour type 6 (RGBA), deflate, the standard filter method, no interlace.
    header.set([8, 6, 0, 0, 0], 8);
    return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateRows(width, height, pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** The zlib stream of the picture's rows, each after its filter type, 0 (none). */
function deflateRows(width: number, height: number, pixels: Uint8Array): Buffer {
    const stride = width * 4;
    const perPiece = Math.max(1, Math.floor(PIECE / (stride + 1)));
    const buffer = Buffer.alloc(Math.min(perPiece, height) * (stride + 1));
    const parts: Uint8Array[] = [ZLIB_HEADER];
    let checksum = 1;
    for (let first = 0; first < height; first += perPiece) {
        const rows = Math.min(perPiece, height - first);
        const piece = buffer.subarray(0, rows * (stride + 1));
        for (let y = 0; y < rows; y++) {
            const start = y * (stride + 1) + 1;
            piece.set(pixels.subarray((first + y) * stride, (first + y + 1) * stride), start);
            straighten(piece, start, start + stride);
        }
        checksum = adler32(piece, checksum);
        const last = first + rows >= height;
        parts.push(deflateRawSync(piece, { level: LEVEL, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    }
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32BE(checksum, 0);
    return Buffer.concat([...parts, trailer]);
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

/** Adler-32 as zlib defines it (RFC 1950), continued from `previous`; sums are reduced before they can pass 2^32. */
function adler32(bytes: Uint8Array, previous: number): number {
    let [a, b] = [previous & 0xffff, previous >>> 16];
    for (let i = 0; i < bytes.length;) {
        const end = Math.min(i + 5552, bytes.length);
        for (; i < end; i++) {
            a += bytes[i];
            b += a;
        }
        [a, b] = [a % 65521, b % 65521];
    }
    return ((b << 16) | a) >>> 0;
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
