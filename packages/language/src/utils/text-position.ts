import { TextDocument } from 'langium';
import type { Position } from 'vscode-languageserver';

/**
 * The position of `offset` in `text` as the LSP counts lines (LF, CRLF and a lone CR each
 * end one), so that a place named in a message and a diagnostic's range always agree.
 * Only the text before the offset is read.
 */
export function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset);
    return TextDocument.create('', 'cjm', 0, before).positionAt(before.length);
}
