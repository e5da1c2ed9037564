import type { WhitespaceEdit } from './layout.js';

const BOM = '\uFEFF';

/**
 * The layout's edits (LF line ends) for a text as the editor holds it, so that they give
 * what `cjm fmt` writes for the same bytes (format-text.ts): a byte order mark stays, and
 * a text with any CRLF line end gets CRLF everywhere, in comments and strings too.
 */
export function withTextLineEnds(text: string, edits: readonly WhitespaceEdit[]): WhitespaceEdit[] {
    const start = text.startsWith(BOM) ? BOM.length : 0;
    const kept = edits.map(edit => edit.offset < start ? { ...edit, offset: start } : edit);
    if (!text.includes('\r\n')) {
        return kept;
    }
    const crlf = kept.map(edit => ({ ...edit, newText: edit.newText.replace(/\n/g, '\r\n') }));
    // LF line ends that no edit rewrites: inside tokens, or in a text of comments only.
    const inserts: WhitespaceEdit[] = [];
    let next = 0;
    for (const { index } of text.matchAll(/(?<!\r)\n/g)) {
        while (next < crlf.length && crlf[next].end <= index) {
            next++;
        }
        if (next === crlf.length || crlf[next].offset > index) {
            inserts.push({ offset: index, end: index, newText: '\r' });
        }
    }
    return inserts.length === 0 ? crlf : [...crlf, ...inserts].sort((a, b) => a.offset - b.offset);
}
