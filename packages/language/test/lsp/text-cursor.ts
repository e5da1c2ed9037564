import type { Position } from 'vscode-languageserver-protocol';

/**
 * A text with one `|` where the cursor stands (cjm has no `|`): the text without it and
 * the cursor as an LSP position (UTF-16 columns, as editors count).
 */
export function withCursor(marked: string): { text: string; position: Position } {
    const offset = marked.indexOf('|');
    if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) {
        throw new Error('withCursor: mark the cursor with exactly one |');
    }
    const before = marked.slice(0, offset).split('\n');
    return { text: marked.slice(0, offset) + marked.slice(offset + 1), position: { line: before.length - 1, character: before.at(-1)!.length } };
}
