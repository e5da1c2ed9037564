/**
 * Reads a .vsix (a zip archive as vsce writes it: stored or deflated entries, no zip64) with
 * node:zlib alone, so the tests need no unzip program on the machine.
 */
import * as fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** Every file of the archive, by its path inside it. */
export function readVsix(file: string): Map<string, Buffer> {
    const zip = fs.readFileSync(file);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
        throw new Error(`${file} is not a zip archive`);
    }
    const entries = new Map<string, Buffer>();
    let offset = zip.readUInt32LE(end + 16);
    for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
        if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) {
            throw new Error(`${file}: broken central directory at ${offset}`);
        }
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const local = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) {
            throw new Error(`${file}: no local header for ${name}`);
        }
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressedSize);
        entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
