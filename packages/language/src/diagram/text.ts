/**
 * Deterministic text measuring and wrapping for the journey diagram, from the advance
 * widths of the font the picture is drawn with (DejaVu Sans, see font-metrics.generated.ts).
 * Pure: no DOM and no Node APIs, so the CLI and the editor preview measure alike.
 *
 * Widths are sums of advance widths per code point, without kerning or shaping. DejaVu's
 * kerning mostly tightens pairs, so drawn text is at most as wide as measured, give or take
 * a few font units per pair.
 */
import { FONT_METRICS, type FontMetrics } from './font-metrics.generated.js';

export type FontWeight = 'normal' | 'bold';

/** The font family to name in the SVG `font-family`. */
export const FONT_FAMILY = FONT_METRICS.normal.family;

/**
 * The font files as package specifiers (e.g. `dejavu-fonts-ttf/ttf/DejaVuSans.ttf`),
 * resolvable from `@cjm/language` with `createRequire(...).resolve`, to hand to resvg.
 */
export const FONT_FILES: Readonly<Record<FontWeight, string>> = {
    normal: FONT_METRICS.normal.file,
    bold: FONT_METRICS.bold.file
};

interface WidthTable {
    readonly metrics: FontMetrics;
    readonly widths: ReadonlyMap<number, number>;
}

function widthTable(metrics: FontMetrics): WidthTable {
    const widths = new Map<number, number>();
    for (const range of metrics.ranges) {
        range.widths.forEach((width, i) => {
            if (width >= 0) {
                widths.set(range.first + i, width);
            }
        });
    }
    return { metrics, widths };
}

const TABLES: Readonly<Record<FontWeight, WidthTable>> = {
    normal: widthTable(FONT_METRICS.normal),
    bold: widthTable(FONT_METRICS.bold)
};

/** Advance width of one code point in font units; the fallback (1em) when not in the table. */
function unitsOfCodePoint(table: WidthTable, codePoint: number): number {
    return table.widths.get(codePoint) ?? table.metrics.fallbackWidth;
}

/** Width of a string in font units (integer, so sums are exact and order-independent). */
function unitsOf(table: WidthTable, text: string): number {
    let units = 0;
    for (const ch of text) {
        units += unitsOfCodePoint(table, ch.codePointAt(0)!);
    }
    return units;
}

function toPx(table: WidthTable, units: number, fontSize: number): number {
    return (units * fontSize) / table.metrics.unitsPerEm;
}

/** Width in px of `text` set in DejaVu Sans at `fontSize` px. */
export function measureText(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
    const table = TABLES[weight];
    return toPx(table, unitsOf(table, text), fontSize);
}

/** Distance in px between baselines of consecutive lines (ascender + descender + line gap). */
export function lineHeight(fontSize: number): number {
    const { ascender, descender, lineGap, unitsPerEm } = FONT_METRICS.normal;
    return ((ascender - descender + lineGap) * fontSize) / unitsPerEm;
}

/** Distance in px from the top of a line box to its baseline. */
export function fontAscent(fontSize: number): number {
    const { ascender, unitsPerEm } = FONT_METRICS.normal;
    return (ascender * fontSize) / unitsPerEm;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px. Lines break at runs of spaces
 * (U+0020), which are dropped at the break; `\n` (or `\r\n`) is a hard break. A word wider
 * than `maxWidth` is broken between code points, keeping at least one per line, so only a
 * line of a single code point can be wider than `maxWidth`. All other characters are kept,
 * in order.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'normal'): string[] {
    const table = TABLES[weight];
    const fits = (units: number): boolean => toPx(table, units, fontSize) <= maxWidth;
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
        wrapParagraph(paragraph, table, fits, lines);
    }
    return lines;
}

function wrapParagraph(paragraph: string, table: WidthTable, fits: (units: number) => boolean, lines: string[]): void {
    let line = '';
    let lineUnits = 0;
    let spaces = '';
    // Leading spaces are content (no break can come before them), so they start the line.
    for (const token of paragraph.match(/ +|[^ ]+/g) ?? []) {
        if (token.startsWith(' ') && line !== '') {
            spaces = token;
            continue;
        }
        const tokenUnits = unitsOf(table, token);
        const joined = lineUnits + unitsOf(table, spaces) + tokenUnits;
        if (line !== '' && fits(joined)) {
            line += spaces + token;
            lineUnits = joined;
        } else {
            if (line !== '') {
                lines.push(line);
            }
            [line, lineUnits] = startLine(token, tokenUnits, table, fits, lines);
        }
        spaces = '';
    }
    // Trailing spaces stay when they fit; otherwise they are a break with nothing after it.
    const withSpaces = lineUnits + unitsOf(table, spaces);
    lines.push(spaces !== '' && fits(withSpaces) ? line + spaces : line);
}

/**
 * Puts `word` at the start of a new line. If it is too wide, full chunks are pushed to
 * `lines` and the last, partial chunk is returned as the line still open, with its width.
 */
function startLine(
    word: string,
    wordUnits: number,
    table: WidthTable,
    fits: (units: number) => boolean,
    lines: string[]
): [string, number] {
    if (fits(wordUnits)) {
        return [word, wordUnits];
    }
    let chunk = '';
    let chunkUnits = 0;
    for (const ch of word) {
        const units = unitsOfCodePoint(table, ch.codePointAt(0)!);
        if (chunk !== '' && !fits(chunkUnits + units)) {
            lines.push(chunk);
            chunk = '';
            chunkUnits = 0;
        }
        chunk += ch;
        chunkUnits += units;
    }
    return [chunk, chunkUnits];
}
