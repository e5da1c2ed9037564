import { CstUtils, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';
import { END_GAP, tokenGaps, type TokenGap } from './layout-rules.js';

/** Replace the whitespace `text.slice(offset, end)` by `newText`. */
export interface WhitespaceEdit {
    offset: number;
    end: number;
    newText: string;
}

const INDENT = '  ';

/**
 * The canonical layout of a parsed document as edits of its whitespace only: every token
 * and comment stays as it is and where it is in the order. `root` is the CST of `text`,
 * which must have parsed without errors. Lines end in `\n`.
 */
export function layoutEdits(root: CstNode, text: string): WhitespaceEdit[] {
    const leaves = CstUtils.streamCst(root).filter(isLeafCstNode).toArray().sort((a, b) => a.offset - b.offset);
    const tokens = leaves.filter(leaf => !leaf.hidden);
    if (tokens.length === 0) {
        // Comments only (or nothing): a file without declarations keeps its layout.
        return [];
    }
    const gaps = splitGaps(leaves, text);
    const layouts = [...tokenGaps(tokens, gaps.slice(0, -1).map(gap => gap.spaces.some(space => countBreaks(space.text) > 0))), END_GAP];
    return gaps.flatMap((gap, index) => layoutGap(layouts[index], gap.spaces.map(space => space.text), gap.lineComments)
        .map((newText, t) => ({ offset: gap.spaces[t].offset, end: gap.spaces[t].end, newText })));
}

interface Gap {
    /** The whitespace runs around the comments of the gap: one more than comments. */
    spaces: Array<{ offset: number; end: number; text: string }>;
    /** For each comment of the gap, whether it is a `//` comment (the line after it must break). */
    lineComments: boolean[];
}

/** The gaps before each token and after the last one, with the comments they hold. */
function splitGaps(leaves: readonly LeafCstNode[], text: string): Gap[] {
    const gaps: Gap[] = [{ spaces: [], lineComments: [] }];
    let offset = 0;
    for (const leaf of leaves) {
        const gap = gaps[gaps.length - 1];
        gap.spaces.push(space(text, offset, leaf.offset));
        if (leaf.hidden) {
            const lineComment = leaf.text.startsWith('//');
            gap.lineComments.push(lineComment);
            // A line comment's trailing spaces and tabs are whitespace: they go with the gap after it.
            // Only those: a no-break space or a line separator is the comment's own text.
            offset = leaf.offset + (lineComment ? leaf.text.replace(/[ \t]+$/, '').length : leaf.length);
        } else {
            gaps.push({ spaces: [], lineComments: [] });
            offset = leaf.end;
        }
    }
    gaps[gaps.length - 1].spaces.push(space(text, offset, text.length));
    return gaps;
}

function space(text: string, offset: number, end: number): Gap['spaces'][number] {
    const run = text.slice(offset, end);
    // Only whitespace may be rewritten; anything else would mean the CST missed some text.
    if (!/^\s*$/.test(run)) {
        throw new Error(`The formatter found text outside the syntax tree at offset ${offset}.`);
    }
    return { offset, end, text: run };
}

/** The new whitespace of each run of one gap. */
function layoutGap(gap: TokenGap, spaces: readonly string[], lineComments: readonly boolean[]): string[] {
    const last = spaces.length - 1;
    const breaks = spaces.map(countBreaks);
    const vertical = gap.kind === 'start' || gap.kind === 'line' || gap.kind === 'end' || (gap.kind === 'fit' && breaks.some(n => n > 0));
    if (!vertical) {
        // Within a header or a one-line block the tokens share the line; a `//` comment still ends it.
        return spaces.map((_, t) => t > 0 && lineComments[t - 1] ? `\n${INDENT.repeat(gap.level + 1)}`
            : gap.kind === 'none' && last === 0 ? '' : ' ');
    }
    let blankLine = gap.blankLine;
    return spaces.map((_, t) => {
        if (gap.kind === 'start' && t === 0) {
            return '';
        }
        if (gap.kind === 'end' && t === last) {
            return '\n';
        }
        if (t < last && breaks[t] === 0) {
            // A comment on the line of what precedes it stays there.
            return ' ';
        }
        const blankAllowed = !(t === 0 && gap.afterOpen) && !(t === last && gap.beforeClose);
        const lines = blankLine ? 2 : blankAllowed ? Math.min(Math.max(breaks[t], 1), 2) : 1;
        blankLine = false;
        return '\n'.repeat(lines) + INDENT.repeat(t === last ? gap.level : gap.commentLevel);
    });
}

function countBreaks(space: string): number {
    return space.match(/\r\n|\r|\n/g)?.length ?? 0;
}
