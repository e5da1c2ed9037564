// Writes src/diagram/font-metrics.generated.ts: which characters each font the PNG is drawn
// with covers (its cmap) and their advance widths, read from the font files of their npm
// packages with opentype.js. The output depends only on the font files, so the build
// regenerates it byte for byte.
//
// The diagram sets a character in the text's own font (DejaVu Sans, normal or bold), else in
// the first other face that has it, in this order, which is also the order the CLI hands the
// files to resvg (see src/diagram/fonts.ts). So each fallback keeps only the characters no
// earlier face has, which is all a measurement can ever take from it, and those of no width
// (joiners, variation selectors, marks), which stay in the run of the character they follow.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';

const require = createRequire(import.meta.url);

/** Package-relative specifiers of the font files and their licences, in resvg's load order. */
const FACES = [
    { weight: 'normal', file: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', licence: 'dejavu-fonts-ttf/LICENSE' },
    { weight: 'bold', file: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', licence: 'dejavu-fonts-ttf/LICENSE' },
    // Chinese ideographs (also Japanese kanji) and kana.
    {
        weight: 'normal',
        file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
        licence: '@expo-google-fonts/noto-sans-sc/LICENSE_FONT'
    },
    // Hangul.
    {
        weight: 'normal',
        file: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
        licence: '@expo-google-fonts/noto-sans-kr/LICENSE_FONT'
    },
    // Emoji, monochrome: resvg-js 2.6 draws no colour glyph tables.
    {
        weight: 'normal',
        file: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
        licence: '@expo-google-fonts/noto-emoji/LICENSE_FONT'
    }
];

/** The faces that measure text of their weight before any fallback (DejaVu Sans). */
const PRIMARY_FACES = 2;

/** A run of at least this many code points of one advance is written as one span. */
const MIN_RUN = 8;

const PER_LINE = 16;

function loadFont(specifier) {
    const bytes = readFileSync(require.resolve(specifier));
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function quote(s) {
    return `'${s.replace(/['\\]/g, '\\$&')}'`;
}

function hex(n) {
    return `0x${n.toString(16).padStart(4, '0')}`;
}

/** Code point -> advance width in font units, for every code point with a glyph. */
function advancesOf(font) {
    const advances = new Map();
    const cmap = font.tables.cmap.glyphIndexMap;
    for (const key of Object.keys(cmap)) {
        const glyph = cmap[key];
        if (glyph !== 0) {
            advances.set(Number(key), font.glyphs.get(glyph).advanceWidth);
        }
    }
    return advances;
}

/**
 * Sorted spans of consecutive code points: `[first, last, advance]` for a run of one
 * advance, `[first, last, [advances...]]` for a stretch of mixed advances.
 */
function spansOf(advances) {
    const codePoints = [...advances.keys()].sort((a, b) => a - b);
    const spans = [];
    let mixed;
    const flushMixed = () => {
        if (mixed !== undefined) {
            spans.push([mixed.first, mixed.first + mixed.advances.length - 1, mixed.advances]);
            mixed = undefined;
        }
    };
    let i = 0;
    while (i < codePoints.length) {
        const first = codePoints[i];
        const advance = advances.get(first);
        let j = i + 1;
        while (j < codePoints.length && codePoints[j] === first + (j - i) && advances.get(codePoints[j]) === advance) {
            j++;
        }
        const next = mixed === undefined ? undefined : mixed.first + mixed.advances.length;
        if (j - i >= MIN_RUN) {
            flushMixed();
            spans.push([first, codePoints[j - 1], advance]);
        } else {
            if (next !== first) {
                flushMixed();
                mixed = { first, advances: [] };
            }
            for (let k = i; k < j; k++) {
                mixed.advances.push(advance);
            }
        }
        i = j;
    }
    flushMixed();
    return spans;
}

function spanSource(span) {
    const [first, last, advance] = span;
    const head = `            [${hex(first)}, ${hex(last)}, `;
    if (typeof advance === 'number') {
        return [`${head}${advance}]`];
    }
    if (advance.length <= PER_LINE) {
        return [`${head}[${advance.join(', ')}]]`];
    }
    const lines = [`${head}[`];
    for (let i = 0; i < advance.length; i += PER_LINE) {
        const chunk = advance.slice(i, i + PER_LINE).join(', ');
        lines.push(`                ${chunk}${i + PER_LINE < advance.length ? ',' : ''}`);
    }
    lines.push('            ]]');
    return lines;
}

function faceSource(face, font, advances) {
    const spanLines = spansOf(advances).map(spanSource).map(lines => lines.join('\n'));
    return [
        '    {',
        `        family: ${quote(font.getEnglishName('fontFamily'))},`,
        `        weight: ${quote(face.weight)},`,
        `        version: ${quote(font.getEnglishName('version'))},`,
        `        file: ${quote(face.file)},`,
        `        licence: ${quote(face.licence)},`,
        `        unitsPerEm: ${font.unitsPerEm},`,
        `        ascender: ${font.ascender},`,
        `        descender: ${font.descender},`,
        `        lineGap: ${font.tables.hhea.lineGap},`,
        `        notdefWidth: ${font.glyphs.get(0).advanceWidth},`,
        '        spans: [',
        spanLines.join(',\n'),
        '        ]',
        '    }'
    ].join('\n');
}

const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));

const fonts = FACES.map(face => loadFont(face.file));
const drawnBefore = new Set();
const faceSources = FACES.map((face, i) => {
    const advances = advancesOf(fonts[i]);
    if (i >= PRIMARY_FACES) {
        for (const codePoint of drawnBefore) {
            if (advances.get(codePoint) !== 0) {
                advances.delete(codePoint);
            }
        }
    }
    for (const codePoint of advances.keys()) {
        drawnBefore.add(codePoint);
    }
    return faceSource(face, fonts[i], advances);
});
const unitsPerEm = fonts.map(font => font.unitsPerEm).reduce((a, b) => (a * b) / gcd(a, b));

const source = `// Generated by scripts/write-font-metrics.mjs from the fonts' npm packages. Do not edit.
// Advance widths are in each face's font units.

export interface FontFaceMetrics {
    readonly family: string;
    readonly weight: 'normal' | 'bold';
    readonly version: string;
    /** Font file as a package specifier (resolve it from @cjm/language). */
    readonly file: string;
    /** The font's licence file, as a package specifier, to ship beside it. */
    readonly licence: string;
    readonly unitsPerEm: number;
    readonly ascender: number;
    readonly descender: number;
    readonly lineGap: number;
    /** Advance of the empty box drawn for a character that no face has. */
    readonly notdefWidth: number;
    /**
     * Covered code points, sorted: [first, last, advance] for a run of one advance, or
     * [first, last, advances] with one advance per code point. A fallback face lists only
     * the code points that no face before it has, and those it gives no width.
     */
    readonly spans: readonly (readonly [number, number, number | readonly number[]])[];
}

/** The faces in resvg's load order: DejaVu Sans normal and bold, then the fallbacks. */
export const FONT_FACES: readonly FontFaceMetrics[] = [
${faceSources.join(',\n')}
];

/** A unit that every face's units per em divide, so widths add up as exact integers. */
export const UNITS_PER_EM = ${unitsPerEm};
`;

writeFileSync(new URL('../src/diagram/font-metrics.generated.ts', import.meta.url), source);
