import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { FONT_FACES } from '../../src/diagram/font-metrics.generated.js';
import { FONT_FAMILY, FONT_FILES } from '../../src/diagram/fonts.js';
import { lineHeight, measureText, wrapClamped, wrapText, type FontWeight } from '../../src/diagram/text.js';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromPackage = createRequire(path.join(PACKAGE, 'package.json'));

function loadFont(file: string): opentype.Font {
    const bytes = readFileSync(requireFromPackage.resolve(file));
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** DejaVu Sans, the text's own font, first in FONT_FILES (fonts.test.ts checks the fallbacks). */
const FONTS = { normal: loadFont(FONT_FILES[0]), bold: loadFont(FONT_FILES[1]) };

/**
 * The parsing library's own sum of advance widths, per code point, without kerning or
 * shaping (the renderer ignores both; opentype.js's shaper rejects DejaVu's GSUB anyway).
 */
function libraryWidth(text: string, fontSize: number, weight: FontWeight): number {
    const font = FONTS[weight];
    const units = [...text].reduce((sum, ch) => sum + (font.charToGlyph(ch).advanceWidth ?? 0), 0);
    return (units * fontSize) / font.unitsPerEm;
}

/**
 * Checks that `lines` are `text` in order, with only separators between them: a hard
 * break, a run of spaces dropped at a soft break, or nothing (a word broken between code points).
 */
function expectSameCharacters(text: string, lines: string[]): void {
    let pos = 0;
    lines.forEach((line, i) => {
        if (i > 0) {
            while (!text.startsWith(line, pos) && /[ \r\n]/.test(text[pos] ?? '')) {
                pos++;
            }
        }
        expect(text.startsWith(line, pos), `line ${i} ${JSON.stringify(line)} at ${pos} of ${JSON.stringify(text)}`).toBe(true);
        pos += line.length;
    });
    expect(/^[ \r\n]*$/.test(text.slice(pos)), `rest ${JSON.stringify(text.slice(pos))}`).toBe(true);
    const hardBreaks = text.split('\n').length - 1;
    expect(lines.length).toBeGreaterThan(hardBreaks);
}

function codePoints(text: string): number {
    return [...text].length;
}

describe('measureText', () => {
    it('names the font and the files it is measured from', () => {
        expect(FONT_FAMILY).toBe('DejaVu Sans');
        expect(FONTS.normal.getEnglishName('fontFamily')).toBe(FONT_FAMILY);
        expect(FONTS.bold.getEnglishName('fontFamily')).toBe(FONT_FAMILY);
        expect(FONT_FACES[0].version).toBe(FONTS.normal.getEnglishName('version'));
    });

    it.each([
        ['Sign up for a trial', 14, 'normal'],
        ['Onboarding: 12% → 30%, “fast” — really?', 12, 'normal'],
        ['Регистрация и оплата', 14, 'normal'],
        ['Ελληνικά κείμενα', 16, 'normal'],
        ['Zażółć gęślą jaźń, çà et là', 13, 'normal'],
        ['Sign up for a trial', 14, 'bold'],
        ['Регистрация и оплата', 14, 'bold']
    ] as const)('agrees with the font file for %j at %ipx %s', (text, size, weight) => {
        expect(measureText(text, size, weight)).toBeCloseTo(libraryWidth(text, size, weight), 9);
    });

    it('measures Cyrillic and Greek from the font, not the fallback', () => {
        const em = 2048;
        for (const ch of 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгджзийклмнопрстуфхцчшщъыьэюяёЁαβγΩ') {
            const units = measureText(ch, em);
            expect(units, ch).toBe(FONTS.normal.charToGlyph(ch).advanceWidth);
            expect(FONTS.normal.charToGlyphIndex(ch), ch).toBeGreaterThan(0);
        }
        // Narrow and wide Cyrillic letters really differ, unlike a 1em fallback.
        expect(measureText('і', 14)).toBeLessThan(measureText('Ж', 14) / 2);
    });

    it('iterates by code point, measuring CJK and emoji from the fallback fonts that draw them', () => {
        // Noto Sans SC's ideographs and Noto Sans KR's syllables are 1em and 0.92em.
        expect(measureText('中文', 10)).toBe(20);
        expect(measureText('한국', 10)).toBeCloseTo(18.4, 9);
        // Noto Emoji's 2600 units per 2048; DejaVu draws its own smileys.
        expect(measureText('🧿', 2048)).toBe(2600);
        expect(measureText('😀', 2048)).toBe(FONTS.normal.charToGlyph('😀').advanceWidth);
        expect(measureText('', 10)).toBe(0);
    });

    it('measures a character no font has as the empty box resvg draws', () => {
        expect(measureText('ᚠ', 2048)).toBe(FONTS.normal.glyphs.get(0).advanceWidth);
        expect(measureText('ᚠ', 2048, 'bold')).toBe(FONTS.bold.glyphs.get(0).advanceWidth);
    });

    it('is bolder when bold and scales with the font size', () => {
        expect(measureText('Journey', 14, 'bold')).toBeGreaterThan(measureText('Journey', 14));
        expect(measureText('Journey', 28)).toBeCloseTo(2 * measureText('Journey', 14), 9);
    });

    it('gives the line height from the font metrics', () => {
        expect(lineHeight(2048)).toBe(FONTS.normal.ascender - FONTS.normal.descender + FONTS.normal.tables.hhea.lineGap);
        expect(lineHeight(14)).toBeGreaterThan(14);
    });
});

describe('wrapText', () => {
    it('breaks at spaces and drops the break space', () => {
        const width = measureText('Sign up for', 14) + 0.01;
        expect(wrapText('Sign up for a trial today', width, 14)).toEqual(['Sign up for', 'a trial', 'today']);
    });

    it('keeps a text that fits on one line, spaces included', () => {
        expect(wrapText('  two  spaces  ', 1000, 14)).toEqual(['  two  spaces  ']);
        expect(wrapText('', 100, 14)).toEqual(['']);
    });

    it('treats \\n as a hard break, keeping empty lines', () => {
        expect(wrapText('Оплата\n\nPayment\r\nEnd', 1000, 14)).toEqual(['Оплата', '', 'Payment', 'End']);
    });

    it('breaks a word longer than the width between code points', () => {
        const lines = wrapText('Сверхдлинноеслово 😀😀😀', measureText('Свер', 14) + 0.01, 14);
        expect(lines.join('')).toBe('Сверхдлинноеслово😀😀😀');
        for (const line of lines) {
            expect(measureText(line, 14)).toBeLessThanOrEqual(measureText('Свер', 14) + 0.01);
        }
    });

    it('puts one code point per line when nothing fits', () => {
        expect(wrapText('ab 中', 1, 14)).toEqual(['a', 'b', '中']);
    });

    const word = fc.stringMatching(/^[a-zA-Zа-яА-ЯёЁα-ω0-9.,:;!?'"()—–-]{1,14}$/);
    const wide = fc.constantFrom('中', '😀', 'Ж', 'W', 'ы', 'ﬁ');
    const text = fc
        .array(fc.tuple(fc.oneof(word, wide), fc.constantFrom(' ', ' ', '  ', '\n', '', ' \n ')), { maxLength: 20 })
        .map(parts => parts.map(([w, sep]) => w + sep).join(''));

    it('keeps every line within the width unless it is one code point, and keeps all characters in order', () => {
        fc.assert(
            fc.property(
                text,
                fc.double({ min: 0, max: 400, noNaN: true }),
                fc.constantFrom(10, 12, 14, 16.5),
                fc.constantFrom<FontWeight>('normal', 'bold'),
                (input, maxWidth, fontSize, weight) => {
                    const lines = wrapText(input, maxWidth, fontSize, weight);
                    for (const line of lines) {
                        if (codePoints(line) > 1) {
                            expect(measureText(line, fontSize, weight)).toBeLessThanOrEqual(maxWidth);
                        }
                    }
                    expectSameCharacters(input, lines);
                    expect(wrapText(input, maxWidth, fontSize, weight)).toEqual(lines);
                }
            ),
            { numRuns: 500, seed: 20261123 }
        );
    });

    it('keeps any Unicode text, lone surrogates and control characters included', () => {
        const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(' ', '  ', '\n', '\r\n')), { maxLength: 12 });
        fc.assert(
            fc.property(anyText, fc.double({ min: 0, max: 200, noNaN: true }), (parts, maxWidth) => {
                const input = parts.join('');
                const lines = wrapText(input, maxWidth, 12);
                for (const line of lines) {
                    if (codePoints(line) > 1) {
                        expect(measureText(line, 12)).toBeLessThanOrEqual(maxWidth);
                    }
                }
                expectSameCharacters(input, lines);
            }),
            { numRuns: 300, seed: 4 }
        );
    });
});

describe('font metrics table', () => {
    it('is regenerated identically from the font files', () => {
        const file = path.join(PACKAGE, 'src/diagram/font-metrics.generated.ts');
        const before = readFileSync(file, 'utf8');
        execFileSync(process.execPath, [path.join(PACKAGE, 'scripts/write-font-metrics.mjs')]);
        expect(readFileSync(file, 'utf8')).toBe(before);
    });
});

describe('wrapClamped', () => {
    const LONG = 'Неудачный первый визит: полис не нашли или отказали в услуге, и сотрудник больше не возвращается к приложению страховщика';

    it('keeps a text that fits in its lines whole, and says it did not cut it', () => {
        expect(wrapClamped('Short answer', 200, 11, 'normal', 3)).toEqual({ lines: ['Short answer'], cut: false });
    });

    it('cuts a longer text after its last line with an ellipsis that still fits the width, Cyrillic included', () => {
        const { lines, cut } = wrapClamped(LONG, 150, 11, 'normal', 2);
        expect(cut).toBe(true);
        expect(lines).toHaveLength(2);
        expect(lines[1].endsWith('\u2026')).toBe(true);
        expect(lines.every(line => measureText(line, 11) <= 150)).toBe(true);
        expect(lines[0] + ' ' + lines[1].slice(0, -1)).toBe(LONG.slice(0, lines[0].length + 1 + lines[1].length - 1));
    });

    it('cuts at any width and line count: at most that many lines, each within the width', () => {
        fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 30, max: 300 }), fc.integer({ min: 1, max: 5 }), (text, width, maxLines) => {
            const { lines, cut } = wrapClamped(text, width, 11, 'bold', maxLines);
            expect(lines.length).toBeLessThanOrEqual(maxLines);
            expect(cut).toBe(wrapText(text, width, 11, 'bold').length > maxLines);
            expect(lines.filter(line => [...line].length > 1 && measureText(line, 11, 'bold') > width)).toEqual([]);
        }));
    });
});
