import type { WhitespaceEdit } from './layout.js';

const BREAK = /\r\n|\r|\n/g;

/**
 * The edits that format the range [first, last) of `text` and leave the rest as it is.
 * Edits inside the range are kept; one that crosses or touches a boundary is cut there, so
 * that a selection of whole lines gets its first line indented and its trailing blanks
 * removed while the lines around it stay as they are. Whitespace that cannot be cut so is
 * left alone.
 */
export function editsInRange(text: string, edits: readonly WhitespaceEdit[], first: number, last: number): WhitespaceEdit[] {
    return edits.flatMap(edit => {
        if (edit.end < first || edit.offset > last || (edit.offset < first && edit.end > last)) {
            return [];
        }
        const started = edit.offset < first ? cutBefore(text, edit, first) : edit;
        const ended = started && started.end >= last ? cutAfter(text, started, last) : started;
        return ended ? [ended] : [];
    });
}

/** The part of an edit from `first` on: when `first` starts a line, that line's new indentation. */
function cutBefore(text: string, edit: WhitespaceEdit, first: number): WhitespaceEdit | undefined {
    const outside = text.slice(edit.offset, first);
    if (/[\r\n]$/.test(outside) && !/[\r\n]/.test(text.slice(first, edit.end))) {
        const lastBreak = [...edit.newText.matchAll(BREAK)].pop();
        return lastBreak && { offset: first, end: edit.end, newText: edit.newText.slice(lastBreak.index + lastBreak[0].length) };
    }
    return edit.newText.startsWith(outside) ? { offset: first, end: edit.end, newText: edit.newText.slice(outside.length) } : undefined;
}

/**
 * The part of an edit up to `last`: when `last` starts a line, the range's trailing blanks
 * go and its line ends stay (fewer when the layout wants fewer blank lines); the next
 * line's indentation is not the range's.
 */
function cutAfter(text: string, edit: WhitespaceEdit, last: number): WhitespaceEdit | undefined {
    const inside = text.slice(edit.offset, last);
    const outside = text.slice(last, edit.end);
    if (/[\r\n]$/.test(inside) && !(inside.endsWith('\r') && outside.startsWith('\n'))) {
        const breaks = [...edit.newText.matchAll(BREAK)];
        const kept = breaks[Math.min(inside.match(BREAK)!.length, breaks.length) - 1];
        return kept && { offset: edit.offset, end: last, newText: edit.newText.slice(0, kept.index + kept[0].length) };
    }
    return edit.newText.endsWith(outside) ? { offset: edit.offset, end: last, newText: edit.newText.slice(0, edit.newText.length - outside.length) } : undefined;
}
