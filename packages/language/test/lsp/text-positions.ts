/**
 * Positions in test texts (LF or CRLF), found by what is written there rather than by
 * counted lines and columns, the text a range covers and edits applied. Lines and
 * characters are 0-based UTF-16, as in LSP; texts are what the editor holds (no BOM).
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { withCursor } from './text-cursor.js';

/**
 * The position of the `|` in `marked`, a piece of `text` written with a `|` where the
 * cursor is (`'via Mem|berApp'`), in its `occurrence`-th (0-based) place in `text`.
 */
export function cursorAt(text: string, marked: string, occurrence = 0): Position {
    const { text: needle } = withCursor(marked);
    let offset = -1;
    for (let n = 0; n <= occurrence; n++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) {
            throw new Error(`cursorAt: '${needle}' occurs ${n} times in the text, not ${occurrence + 1}.`);
        }
    }
    return positionAt(text, offset + marked.indexOf('|'));
}

/** The position of an offset of `text`. */
export function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The offset of a position in `text`. */
export function offsetAt(text: string, position: Position): number {
    const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map(match => match.index + match[0].length)];
    return lineStarts[position.line] + position.character;
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
    return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** `text` with edits applied (non-overlapping; any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const sorted = edits.map(edit => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
        .sort((a, b) => b.start - a.start);
    return sorted.reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}
