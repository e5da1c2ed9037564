/**
 * Deterministic text measuring and wrapping for the journey diagram, from the advance
 * widths of the fonts the picture is drawn with (DejaVu Sans, with CJK and emoji fallbacks;
 * see fonts.ts). Pure: no DOM and no Node APIs, so the CLI and the editor preview measure alike.
 *
 * Widths are sums of advance widths per code point, without kerning or shaping. DejaVu's
 * kerning mostly tightens pairs, and an emoji sequence drawn as one ligature is narrower than
 * its parts, so drawn text is at most as wide as measured, give or take a few font units per pair.
 */
import { advanceOf, PRIMARY_FACE, UNITS_PER_EM, type FontWeight } from './fonts.js';

export type { FontWeight } from './fonts.js';

/** Width of a string in UNITS_PER_EM (integer, so sums are exact and order-independent). */
function unitsOf(weight: FontWeight, text: string): number {
    let units = 0;
    for (const ch of text) {
        units += advanceOf(ch.codePointAt(0)!, weight);
    }
    return units;
}

function toPx(units: number, fontSize: number): number {
    return (units * fontSize) / UNITS_PER_EM;
}

/** Width in px of `text` set at `fontSize` px, as resvg draws it. */
export function measureText(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
    return toPx(unitsOf(weight, text), fontSize);
}

/** Distance in px between baselines of consecutive lines (ascender + descender + line gap). */
export function lineHeight(fontSize: number): number {
    const { ascender, descender, lineGap, unitsPerEm } = PRIMARY_FACE;
    return ((ascender - descender + lineGap) * fontSize) / unitsPerEm;
}

/** Distance in px from the top of a line box to its baseline. */
export function fontAscent(fontSize: number): number {
    const { ascender, unitsPerEm } = PRIMARY_FACE;
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
    const fits = (units: number): boolean => toPx(units, fontSize) <= maxWidth;
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
        wrapParagraph(paragraph, weight, fits, lines);
    }
    return lines;
}

function wrapParagraph(paragraph: string, weight: FontWeight, fits: (units: number) => boolean, lines: string[]): void {
    let line = '';
    let lineUnits = 0;
    let spaces = '';
    // Leading spaces are content (no break can come before them), so they start the line.
    for (const token of paragraph.match(/ +|[^ ]+/g) ?? []) {
        if (token.startsWith(' ') && line !== '') {
            spaces = token;
            continue;
        }
        const tokenUnits = unitsOf(weight, token);
        const joined = lineUnits + unitsOf(weight, spaces) + tokenUnits;
        if (line !== '' && fits(joined)) {
            line += spaces + token;
            lineUnits = joined;
        } else {
            if (line !== '') {
                lines.push(line);
            }
            [line, lineUnits] = startLine(token, tokenUnits, weight, fits, lines);
        }
        spaces = '';
    }
    // Trailing spaces stay when they fit; otherwise they are a break with nothing after it.
    const withSpaces = lineUnits + unitsOf(weight, spaces);
    lines.push(spaces !== '' && fits(withSpaces) ? line + spaces : line);
}

/**
 * `text` wrapped as wrapText does, keeping at most `maxLines` lines; when more were
 * needed, the last kept line ends with an ellipsis, shortened until it fits (`cut` says so).
 */
export function wrapClamped(text: string, maxWidth: number, fontSize: number, weight: FontWeight, maxLines: number): { lines: string[]; cut: boolean } {
    const lines = wrapText(text, maxWidth, fontSize, weight);
    if (lines.length <= maxLines) {
        return { lines, cut: false };
    }
    const kept = lines.slice(0, Math.max(1, maxLines));
    let last = [...kept[kept.length - 1]];
    while (last.length > 0 && measureText(`${last.join('').trimEnd()}\u2026`, fontSize, weight) > maxWidth) {
        last = last.slice(0, -1);
    }
    kept[kept.length - 1] = `${last.join('').trimEnd()}\u2026`;
    return { lines: kept, cut: true };
}

/**
 * Puts `word` at the start of a new line. If it is too wide, full chunks are pushed to
 * `lines` and the last, partial chunk is returned as the line still open, with its width.
 */
function startLine(
    word: string,
    wordUnits: number,
    weight: FontWeight,
    fits: (units: number) => boolean,
    lines: string[]
): [string, number] {
    if (fits(wordUnits)) {
        return [word, wordUnits];
    }
    let chunk = '';
    let chunkUnits = 0;
    for (const ch of word) {
        const units = advanceOf(ch.codePointAt(0)!, weight);
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
