import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../../src/export/sha256.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('sha256Base64', () => {
    it('gives the FIPS 180-4 test vectors', () => {
        expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
        expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    });

    it('agrees with node:crypto at every length around the block boundaries', () => {
        for (let length = 0; length <= 200; length++) {
            const text = 'x'.repeat(length);
            expect(sha256Base64(text), `length ${length}`).toBe(nodeSha256(text));
        }
    });

    it('agrees with node:crypto on any Unicode text (hashed as UTF-8)', () => {
        fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), text => sha256Base64(text) === nodeSha256(text)));
    });
});
