import type { ElementSource } from '@cjm/language/protocol';

/** A position in a text, zero-based, in UTF-16 code units (as LSP and VS Code count). */
export interface TextPosition {
    line: number;
    character: number;
}

/**
 * The innermost drawn element whose declaration holds `position` (its end included, so a
 * cursor just after a closing brace still counts). Declarations nest (a touchpoint in a
 * stage, a barrier in a touchpoint), so of those that hold the position the innermost is
 * the one that starts last.
 */
export function innermostSource(sources: readonly ElementSource[], position: TextPosition): ElementSource | undefined {
    let innermost: ElementSource | undefined;
    for (const source of sources) {
        if (compare(source.range.start, position) <= 0 && compare(position, source.range.end) <= 0
            && (innermost === undefined || compare(innermost.range.start, source.range.start) <= 0)) {
            innermost = source;
        }
    }
    return innermost;
}

function compare(a: TextPosition, b: TextPosition): number {
    return a.line - b.line || a.character - b.character;
}
