import type { AstNode } from 'langium';
import { isCjmFile } from '../../generated/ast.js';

/** A part [start, end) of a document's text. */
export interface TextWindow {
    start: number;
    end: number;
}

/**
 * The part of a document's text that completion at `offset` needs lexed: from the start
 * of the top-level element before the one at the cursor to the end of the one at (or after)
 * the cursor. It holds the token before the cursor, the token at it, and any comment
 * around it; lexing starts at a token's first character, so the tokens in it are those of
 * the whole text (the grammar's terminals read no context). In a file of 10,000 lines this
 * lexes some 500 lines instead of all of them. The whole text when the tree is not the
 * text's parse or its elements' places are unsure.
 */
export function lexingWindow(root: AstNode, text: string, offset: number): TextWindow {
    const whole = { start: 0, end: text.length };
    if (!isCjmFile(root) || root.$cstNode?.root.fullText !== text) {
        return whole;
    }
    const spans = root.elements.map(element => element.$cstNode);
    if (spans.some(span => span === undefined || !Number.isFinite(span.offset) || !Number.isFinite(span.end))) {
        return whole;
    }
    const at = spans.findIndex(span => span!.end >= offset);
    const start = at > 0 ? spans[at - 1]!.offset : at === 0 ? 0 : spans.at(-1)?.offset ?? 0;
    const end = at >= 0 ? spans[at]!.end : text.length;
    return { start, end };
}
