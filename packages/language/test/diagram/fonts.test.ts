import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { FONT_FACES } from '../../src/diagram/font-metrics.generated.js';
import {
    advanceOf, codePointsWithoutGlyph, FONT_FAMILY, FONT_FILES, FONT_STACK, fontRuns, hasGlyph, UNITS_PER_EM, type FontWeight
} from '../../src/diagram/fonts.js';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromPackage = createRequire(path.join(PACKAGE, 'package.json'));

/** Every font file, parsed by opentype.js, in FONT_FILES order. */
const FONTS = FONT_FILES.map(file => {
    const bytes = readFileSync(requireFromPackage.resolve(file));
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
});

/**
 * What resvg does, read from the font files themselves: the text's own face first, then
 * every other face in load order; the first with a glyph draws the character.
 */
function expectedAdvance(codePoint: number, weight: FontWeight): number {
    const own = weight === 'normal' ? 0 : 1;
    const order = [own, ...FONTS.keys()].filter((face, i) => i === 0 || face !== own);
    const ch = String.fromCodePoint(codePoint);
    for (const face of order) {
        const font = FONTS[face];
        if (font.charToGlyphIndex(ch) !== 0) {
            return (font.charToGlyph(ch).advanceWidth! * UNITS_PER_EM) / font.unitsPerEm;
        }
    }
    return (FONTS[own].glyphs.get(0).advanceWidth! * UNITS_PER_EM) / FONTS[own].unitsPerEm;
}

describe('the fonts the picture is drawn with', () => {
    it('are DejaVu Sans normal and bold, then the CJK and emoji fallbacks, in that load order', () => {
        expect(FONTS.map(font => font.getEnglishName('fontFamily'))).toEqual(['DejaVu Sans', 'DejaVu Sans', 'Noto Sans SC', 'Noto Sans KR', 'Noto Emoji']);
        expect(FONT_FACES.map(face => face.weight)).toEqual(['normal', 'bold', 'normal', 'normal', 'normal']);
        expect(FONT_FAMILY).toBe('DejaVu Sans');
    });

    it('are named in the SVG font-family, DejaVu Sans first and a generic family last', () => {
        expect(FONT_STACK).toBe("'DejaVu Sans', 'Noto Sans SC', 'Noto Sans KR', 'Noto Emoji', sans-serif");
    });
});

describe('advanceOf', () => {
    const samples = 'Aé Жы Ωλ € → ┌ ∑ ا ﬁ 中文字 日本語 ひらがな カタカナ ｱ 한국어 ㄱ 😀 🧿 🚀 ☕ ❤ ✅ 🇫 🏽 \u200d \ufe0f ᚠ \u{10fffd}';

    it.each(['normal', 'bold'] as const)('takes each character from the first face that has it, as resvg does (%s)', weight => {
        for (const ch of samples) {
            const codePoint = ch.codePointAt(0)!;
            expect(advanceOf(codePoint, weight), `U+${codePoint.toString(16)}`).toBe(expectedAdvance(codePoint, weight));
        }
    });

    it('agrees with the font files anywhere in Unicode', () => {
        const blocks = fc.oneof(
            fc.integer({ min: 0x20, max: 0x2fff }),
            fc.integer({ min: 0x3000, max: 0x9fff }),
            fc.integer({ min: 0xac00, max: 0xd7ff }),
            fc.integer({ min: 0xf900, max: 0xffff }),
            fc.integer({ min: 0x1f000, max: 0x1faff }),
            fc.integer({ min: 0x20000, max: 0x10ffff })
        );
        fc.assert(
            fc.property(blocks, fc.constantFrom<FontWeight>('normal', 'bold'), (codePoint, weight) => {
                expect(advanceOf(codePoint, weight)).toBe(expectedAdvance(codePoint, weight));
            }),
            { numRuns: 3000, seed: 11 }
        );
    });
});

describe('codePointsWithoutGlyph', () => {
    it('names each character no font has once, in order of appearance', () => {
        expect(codePointsWithoutGlyph('Кафе 中文 한국 🧿 ᚠᚢ ᚠ \u{10fffd} ᚢ')).toEqual([0x16a0, 0x16a2, 0x10fffd]);
    });

    it('names a missing Greek code point and a lone surrogate as well as characters beyond the BMP', () => {
        expect(codePointsWithoutGlyph('α\u0378β \ud800 🧿 \u0378 \u{10fffd}')).toEqual([0x378, 0xd800, 0x10fffd]);
    });

    it('finds nothing missing in Latin, Cyrillic, CJK, Hangul and emoji', () => {
        expect(codePointsWithoutGlyph('Оплата картой — Café 注文 ご注文 주문 🛒🍜👍🏽❤️')).toEqual([]);
        expect(hasGlyph(0x4e2d)).toBe(true);
        expect(hasGlyph(0x16a0)).toBe(false);
    });
});

describe('fontRuns', () => {
    it('keeps a line its own font draws whole as one run without a family', () => {
        expect(fontRuns('Оплата картой — Café', 'normal')).toEqual([{ text: 'Оплата картой — Café' }]);
        expect(fontRuns('', 'bold')).toEqual([]);
    });

    it('cuts where the drawing face changes, naming the fallback of each run', () => {
        expect(fontRuns('Profile 注文 한국 ✅👍🏽!', 'normal')).toEqual([
            { text: 'Profile ' },
            { text: '注文', family: 'Noto Sans SC' },
            { text: ' ' },
            { text: '한국', family: 'Noto Sans KR' },
            { text: ' ' },
            { text: '✅👍🏽', family: 'Noto Emoji' },
            { text: '!' }
        ]);
    });

    it('keeps zero-width joiners and variation selectors in the run of the emoji they join', () => {
        expect(fontRuns('👨\u200d👩\u200d👧 ❤\ufe0f 🧿\ufe0f', 'normal')).toEqual([
            { text: '👨\u200d👩\u200d👧', family: 'Noto Emoji' },
            { text: ' ❤\ufe0f ' },
            { text: '🧿\ufe0f', family: 'Noto Emoji' }
        ]);
    });

    it('asks for the other weight of DejaVu Sans by weight, for a character only it has', () => {
        // U+1D5A0 MATHEMATICAL SANS-SERIF CAPITAL A is in DejaVu Sans, not in DejaVu Sans Bold.
        expect(fontRuns('A\u{1d5a0}', 'bold')).toEqual([{ text: 'A' }, { text: '\u{1d5a0}', family: 'DejaVu Sans', weight: 'normal' }]);
    });

    it('leaves a character no font has in the text\'s own face, where resvg draws its empty box', () => {
        expect(fontRuns('aᚠb', 'normal')).toEqual([{ text: 'aᚠb' }]);
    });
});
