/**
 * The fonts the picture is drawn with: a text is set in DejaVu Sans (normal or bold), and a
 * character that face lacks in the first other face, in FONT_FILES order, that has it (the
 * CJK and emoji fallbacks). fontRuns names that face for each run in the SVG, and the CLI
 * hands resvg the same files for the PNG. From the generated cmaps and advance widths
 * (font-metrics.generated.ts), so measuring needs no font file.
 * Pure: no DOM and no Node APIs, so the CLI and the editor preview measure alike.
 */
import { FONT_FACES, UNITS_PER_EM, type FontFaceMetrics } from './font-metrics.generated.js';

export type FontWeight = 'normal' | 'bold';

/** Widths are in these units per em: integers, so sums are exact and order-independent. */
export { UNITS_PER_EM };

/** The face text is set in; its metrics give the line height. */
export const PRIMARY_FACE: FontFaceMetrics = FONT_FACES[0];

/** The font family to name first in the SVG `font-family`. */
export const FONT_FAMILY = PRIMARY_FACE.family;

/**
 * The SVG `font-family`: DejaVu Sans, then the fallbacks the PNG draws with, so that a browser
 * which has them draws like the PNG, and one which has not picks its own fonts for the rest.
 */
export const FONT_STACK = [...new Set(FONT_FACES.map(face => face.family)), 'sans-serif']
    .map(family => (family === 'sans-serif' ? family : `'${family}'`))
    .join(', ');

/**
 * The font files as package specifiers (e.g. `dejavu-fonts-ttf/ttf/DejaVuSans.ttf`),
 * resolvable from `@cjm/language`, to hand to resvg in this order: a character is taken
 * from the first face that has it, by the diagram and, where it falls back itself, by resvg.
 */
export const FONT_FILES: readonly string[] = FONT_FACES.map(face => face.file);

/** One face's covered code points, searchable by code point. */
interface FaceTable {
    readonly firsts: Int32Array;
    readonly spans: FontFaceMetrics['spans'];
    /** UNITS_PER_EM over the face's units per em. */
    readonly scale: number;
}

function faceTable(face: FontFaceMetrics): FaceTable {
    return { firsts: Int32Array.from(face.spans, span => span[0]), spans: face.spans, scale: UNITS_PER_EM / face.unitsPerEm };
}

/** The advance of `codePoint` in UNITS_PER_EM, or undefined when the face has no glyph for it. */
function advanceIn(table: FaceTable, codePoint: number): number | undefined {
    const { firsts } = table;
    let low = 0;
    let high = firsts.length - 1;
    // The last span starting at or before the code point.
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (firsts[mid] <= codePoint) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    const span = table.spans[low];
    if (span === undefined || codePoint < span[0] || codePoint > span[1]) {
        return undefined;
    }
    return spanAdvance(table, span, codePoint);
}

/** A face ready for look-ups, with its family and weight. */
interface Face extends FaceTable {
    readonly family: string;
    readonly weight: FontWeight;
}

/**
 * The faces a text of one weight is drawn with, its own first, and the empty box's width;
 * `direct` holds the advances of the code points below DIRECT_LIMIT, looked up most often.
 */
interface FaceChain {
    readonly faces: readonly Face[];
    readonly notdefWidth: number;
    readonly direct: Float64Array;
    /** 1 for each code point below DIRECT_LIMIT that the chain's own face draws: it has it, or no face has. */
    readonly ownDraws: Uint8Array;
}

/** Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic: most labels are only these. */
const DIRECT_LIMIT = 0x800;

function faceChain(weight: FontWeight): FaceChain {
    const faces = FONT_FACES.map(face => ({ ...faceTable(face), family: face.family, weight: face.weight }));
    const own = FONT_FACES.findIndex(face => face.weight === weight);
    const chain = {
        faces: [faces[own], ...faces.filter((_, i) => i !== own)],
        notdefWidth: FONT_FACES[own].notdefWidth * faces[own].scale
    };
    return {
        ...chain,
        direct: directTable(new Float64Array(DIRECT_LIMIT).fill(chain.notdefWidth), chain.faces, spanAdvance),
        ownDraws: directTable(new Uint8Array(DIRECT_LIMIT).fill(1), chain.faces, face => (face === chain.faces[0] ? 1 : 0))
    };
}

/**
 * `table` with `value(face, span, codePoint)` of the first face of `faces` that has each code
 * point below DIRECT_LIMIT (the others keep what `table` holds): filled span by span, the
 * later faces first so that an earlier face overwrites them. A search per code point took
 * some 30 ms per table, in every process at start.
 */
function directTable<T extends Float64Array | Uint8Array>(
    table: T, faces: readonly FaceTable[], value: (face: FaceTable, span: FontFaceMetrics['spans'][number], codePoint: number) => number
): T {
    for (const face of [...faces].reverse()) {
        for (const span of face.spans) {
            if (span[0] >= DIRECT_LIMIT) {
                break;
            }
            for (let codePoint = span[0]; codePoint <= span[1] && codePoint < DIRECT_LIMIT; codePoint++) {
                table[codePoint] = value(face, span, codePoint);
            }
        }
    }
    return table;
}

/** The advance of `codePoint` in `span` of `face`, in UNITS_PER_EM. */
function spanAdvance(face: FaceTable, span: FontFaceMetrics['spans'][number], codePoint: number): number {
    const advance = span[2];
    return (typeof advance === 'number' ? advance : advance[codePoint - span[0]]) * face.scale;
}

/** The advance from the first face of the chain that has the code point, else the empty box's. */
function searchAdvance(chain: Omit<FaceChain, 'direct'>, codePoint: number): number {
    for (const face of chain.faces) {
        const advance = advanceIn(face, codePoint);
        if (advance !== undefined) {
            return advance;
        }
    }
    return chain.notdefWidth;
}

/**
 * The chains of both weights and which code points below DIRECT_LIMIT some face has, made on
 * first use: a process that measures no text (`cjm lint`) never pays for their tables.
 */
interface FaceTables {
    readonly chains: Readonly<Record<FontWeight, FaceChain>>;
    readonly directGlyphs: Uint8Array;
}
let tables: FaceTables | undefined;
function faceTables(): FaceTables {
    if (tables === undefined) {
        const chains = { normal: faceChain('normal'), bold: faceChain('bold') };
        tables = { chains, directGlyphs: directTable(new Uint8Array(DIRECT_LIMIT), chains.normal.faces, () => 1) };
    }
    return tables;
}

/** The position in the chain of the face that draws `codePoint`, 0 (the text's own face) when none has it. */
function drawingFace(chain: FaceChain, codePoint: number): number {
    const index = chain.faces.findIndex(face => advanceIn(face, codePoint) !== undefined);
    return Math.max(index, 0);
}

/**
 * Advance of one code point in UNITS_PER_EM, from the face that draws it; where no face has
 * it, the width of the empty box resvg draws instead.
 */
export function advanceOf(codePoint: number, weight: FontWeight): number {
    const chain = faceTables().chains[weight];
    return codePoint < DIRECT_LIMIT ? chain.direct[codePoint] : searchAdvance(chain, codePoint);
}

/** Whether some face has a glyph for the code point (the same faces serve both weights). */
export function hasGlyph(codePoint: number): boolean {
    return faceTables().chains.normal.faces.some(face => advanceIn(face, codePoint) !== undefined);
}

/**
 * The code points of `text` that no face has, each once, in order of first appearance.
 * Indexed by code unit rather than iterated by character, and each code point above the
 * direct table searched once: the text of a large picture is some hundred thousand characters.
 */
export function codePointsWithoutGlyph(text: string): number[] {
    const { directGlyphs } = faceTables();
    const missing = new Set<number>();
    const searched = new Set<number>();
    for (let i = 0; i < text.length; i++) {
        const codePoint = text.codePointAt(i)!;
        if (codePoint > 0xffff) {
            i++;
        }
        if (codePoint < DIRECT_LIMIT) {
            if (directGlyphs[codePoint] === 0) {
                missing.add(codePoint);
            }
        } else if (!searched.has(codePoint)) {
            searched.add(codePoint);
            if (!hasGlyph(codePoint)) {
                missing.add(codePoint);
            }
        }
    }
    return [...missing];
}

/**
 * A stretch of text drawn in one face: `family` is undefined for the text's own face, and
 * `weight` is set only where the face is the other weight of the text's own family.
 */
export interface FontRun {
    readonly text: string;
    readonly family?: string;
    readonly weight?: FontWeight;
}

/**
 * `text` cut where the face that draws it changes (each character from its own face, else
 * the first fallback that has it), so that each run can be set in its face explicitly. A
 * character of no width in the run's face (a zero-width joiner, a variation selector, a
 * combining mark) stays in the run, so that an emoji sequence is shaped as one.
 * resvg's own fallback cannot be relied on: it gives up on a whole line, leaving empty boxes,
 * when two faces shape it into different numbers of glyphs (a ligature such as "fi", or an
 * emoji with a skin tone), and it sets a line entirely in a fallback that happens to cover it.
 */
export function fontRuns(text: string, weight: FontWeight): FontRun[] {
    const chain = faceTables().chains[weight];
    if (drawnByOwnFace(chain, text)) {
        return text === '' ? [] : [{ text }];
    }
    const runs: { text: string; face: number }[] = [];
    for (const ch of text) {
        const codePoint = ch.codePointAt(0)!;
        const last = runs[runs.length - 1];
        if (last !== undefined && advanceIn(chain.faces[last.face], codePoint) === 0) {
            last.text += ch;
            continue;
        }
        const face = drawingFace(chain, codePoint);
        if (last !== undefined && last.face === face) {
            last.text += ch;
        } else {
            runs.push({ text: ch, face });
        }
    }
    const own = chain.faces[0];
    return runs.map(({ text: runText, face: index }) => {
        const face = chain.faces[index];
        return index === 0 ? { text: runText }
            : face.family === own.family ? { text: runText, family: face.family, weight: face.weight }
            : { text: runText, family: face.family };
    });
}

/**
 * Whether every character of `text` is below DIRECT_LIMIT and drawn by the chain's own face:
 * then it is one run, found without a search per character (most labels; a picture has thousands).
 */
function drawnByOwnFace(chain: FaceChain, text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= DIRECT_LIMIT || chain.ownDraws[unit] === 0) {
            return false;
        }
    }
    return true;
}
