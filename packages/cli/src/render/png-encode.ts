/**
 * RGBA pixels as PNG bytes, compressed for speed. resvg's own encoder (its `asPng`) filters
 * every row adaptively and deflates at the default level: on a 200-touchpoint picture it
 * took longer than drawing it. A diagram is large flat areas and text, which deflate at
 * level 1 without filters packs about as small (measured within 3 %) five times faster;
 * pngjs, the usual npm encoder, was slower still than resvg. The output is a plain 8-bit
 * RGBA PNG (IHDR, one IDAT, IEND); the same pixels give the same bytes.
 *
 * The rows go to one zlib deflate stream a few megabytes at a time, through two buffers
 * used in turn: zlib deflates one piece (and sums its Adler-32) on libuv's thread pool while
 * this thread straightens the next, so the two cores share the work. A buffer of the whole
 * picture (64 MB at 16 MP) cost more in first-touch page faults than deflating it. The
 * pieces end at the same rows every time, so the same pixels give the same bytes.
 */
import { once } from 'node:events';
import { createDeflate, type Deflate } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** The fastest deflate level: a flat-coloured picture loses little by it. */
const LEVEL = 1;
/** About this many bytes of rows are deflated at a time. */
const PIECE = 4 * 1024 * 1024;

/** `pixels` are premultiplied by alpha, as resvg keeps them; a PNG holds them straight. */
export async function encodePng(width: number, height: number, pixels: Uint8Array): Promise<Uint8Array> {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    // Bit depth 8, colour type 6 (RGBA), deflate, the standard filter method, no interlace.
    header.set([8, 6, 0, 0, 0], 8);
    return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', await deflateRows(width, height, pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** The zlib stream of the picture's rows, each after its filter type, 0 (none). */
async function deflateRows(width: number, height: number, pixels: Uint8Array): Promise<Buffer> {
    const stride = width * 4;
    const perPiece = Math.max(1, Math.floor(PIECE / (stride + 1)));
    const size = Math.min(perPiece, height) * (stride + 1);
    const buffers = [Buffer.alloc(size), Buffer.alloc(size)];
    const deflate = createDeflate({ level: LEVEL });
    const parts: Buffer[] = [];
    deflate.on('data', (part: Buffer) => parts.push(part));
    const ended = once(deflate, 'end');
    let written: Promise<void> = Promise.resolve();
    for (let first = 0, turn = 0; first < height; first += perPiece, turn ^= 1) {
        const rows = Math.min(perPiece, height - first);
        // This buffer's previous piece was deflated before the other one was written.
        const piece = buffers[turn].subarray(0, rows * (stride + 1));
        for (let y = 0; y < rows; y++) {
            const start = y * (stride + 1) + 1;
            piece.set(pixels.subarray((first + y) * stride, (first + y + 1) * stride), start);
            straighten(piece, start, start + stride);
        }
        await written;
        written = write(deflate, piece);
    }
    await written;
    deflate.end();
    await ended;
    return Buffer.concat(parts);
}

/** Resolves once zlib has taken `piece` in, so that its buffer can be filled again. */
function write(deflate: Deflate, piece: Buffer): Promise<void> {
    return new Promise((resolve, reject) => deflate.write(piece, error => (error ? reject(error) : resolve())));
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
