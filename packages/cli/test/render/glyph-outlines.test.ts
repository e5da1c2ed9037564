import { FONT_FACES } from '@cjm/language';
import { describe, expect, it } from 'vitest';
import { GlyphOutlines } from '../../src/render/glyph-outlines.js';
import { GLYPH_TABLE, GLYPH_TABLE_RANGES } from '../../src/render/glyph-table.generated.js';

// The PNG's usual characters (DejaVu Sans: Latin, Cyrillic, punctuation, arrows) are drawn
// from a table written at build time, so that no run parses a font file for them. A glyph
// from the table must be the very outline the font file gives, at every size the diagram uses.

const DEJAVU = FONT_FACES.flatMap((face, index) => face.family === 'DejaVu Sans' ? [index] : []);
const SIZES = [10, 11, 13, 18];

describe('the build-time glyph table', () => {
    it('holds DejaVu Sans, normal and bold, as the layout measures them', () => {
        expect(GLYPH_TABLE.map(face => face.file)).toEqual(DEJAVU.map(face => FONT_FACES[face].file));
    });

    it('gives each character of its ranges the outline the font file gives, at every size', () => {
        const [fromTable, fromFiles] = [new GlyphOutlines(), new GlyphOutlines([])];
        let compared = 0;
        for (const face of DEJAVU) {
            for (const [first, last] of GLYPH_TABLE_RANGES) {
                for (let codePoint = first; codePoint <= last; codePoint++) {
                    const ch = String.fromCodePoint(codePoint);
                    for (const size of SIZES) {
                        expect(fromTable.outline(face, ch, size), `U+${codePoint.toString(16)} at ${size} px`).toBe(fromFiles.outline(face, ch, size));
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(4000);
    });

    it('has the glyphs of Russian and English labels, and none for a character DejaVu Sans lacks', () => {
        const glyphs = new GlyphOutlines();
        for (const ch of 'Ждём курьера: «Где мой заказ?» → 1 500 ₽ № 7 Sign-up…') {
            expect(glyphs.outline(DEJAVU[0], ch, 11), ch).toBeDefined();
            expect(glyphs.outline(DEJAVU[1], ch, 13), ch).toBeDefined();
        }
        expect(glyphs.outline(DEJAVU[0], 'ж', 11)).toMatch(/^m/);
        // U+2065 is unassigned: inside the table's punctuation range, in no font.
        expect(glyphs.outline(DEJAVU[0], '\u2065', 11)).toBeUndefined();
    });
});
