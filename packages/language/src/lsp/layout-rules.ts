import { AstUtils, GrammarAST, type AstNode, type LeafCstNode } from 'langium';

/**
 * How the whitespace before a token is laid out:
 * - `none`: nothing (before `,` and `%`);
 * - `space`: one space (between the tokens of a declaration's header or an attribute);
 * - `fit`: the author's choice, one space or a line break (attributes in a block, so that
 *   `baseline 12% target 20% actual 15%` may share a line);
 * - `line`: a line break (declarations, and the braces of a block written on several lines);
 * - `start` and `end`: before the first token (nothing) and after the last (one line end).
 */
export type GapKind = 'start' | 'none' | 'space' | 'fit' | 'line' | 'end';

/** The layout of the gap before one token. */
export interface TokenGap {
    kind: GapKind;
    /** The indentation level of the token when it starts a line. */
    level: number;
    /** The indentation level of comments on their own line in this gap. */
    commentLevel: number;
    /** The gap follows `{`: no blank line right after it. */
    afterOpen: boolean;
    /** The gap precedes `}`: no blank line right before it. */
    beforeClose: boolean;
    /** A blank line is required: before a stage (but the first in its block), and around top-level declarations written on several lines. */
    blankLine: boolean;
}

/** The declarations: each starts on its own line. */
const DECLARATIONS = new Set(['Persona', 'Channel', 'Journey', 'Stage', 'Touchpoint', 'Barrier', 'Opportunity', 'Metric', 'Question', 'Answer']);

interface Block {
    open: number;
    /** Whether the block spans several lines; else it stays on one line, as in `{ emotion 0 }`. */
    multiLine: boolean;
}

/**
 * The layout of the gap before each token. `breakBefore[k]` says whether the whitespace
 * before token k (around any comments) holds a line break: blocks and `fit` gaps keep
 * that choice, which makes the layout idempotent.
 */
export function tokenGaps(tokens: readonly LeafCstNode[], breakBefore: readonly boolean[]): TokenGap[] {
    const starts = nodeStarts(tokens);
    const blocks = matchBlocks(tokens, breakBefore, starts);
    const byOwner = new Map([...blocks.values()].map(block => [tokens[block.open].astNode, block]));
    const open: Block[] = [];
    return tokens.map((token, k) => {
        const closes = isKeyword(token, '}');
        if (closes) {
            open.pop();
        }
        const previous = tokens[k - 1] as LeafCstNode | undefined;
        const gap: TokenGap = {
            level: open.length,
            commentLevel: closes ? open.length + 1 : open.length,
            afterOpen: previous !== undefined && isKeyword(previous, '{'),
            beforeClose: closes,
            kind: 'space',
            blankLine: false
        };
        if (previous === undefined) {
            gap.kind = 'start';
        } else if (starts[k] === 'declaration') {
            gap.kind = 'line';
            gap.blankLine = !gap.afterOpen && (isKeyword(token, 'stage') || (open.length === 0 && aroundMultiLine(previous, token, byOwner)));
        } else if (isKeyword(token, ',') || isKeyword(token, '%')) {
            gap.kind = 'none';
        } else if (gap.afterOpen || closes) {
            const block = blocks.get(closes ? k : k - 1)!;
            gap.kind = block.multiLine ? 'line' : gap.afterOpen && closes ? 'none' : 'space';
        } else if (starts[k] === 'attribute' || (open.length > 0 && isMemberKeyword(token, tokens[open[open.length - 1].open].astNode))) {
            gap.kind = open[open.length - 1]?.multiLine ? 'fit' : 'space';
        }
        if (isKeyword(token, '{')) {
            open.push(blocks.get(k)!);
        }
        return gap;
    });
}

/** The gap after the last token: trailing comments, then one line end. */
export const END_GAP: TokenGap = { kind: 'end', level: 0, commentLevel: 0, afterOpen: false, beforeClose: false, blankLine: false };

type NodeStart = 'declaration' | 'attribute' | undefined;

/** Which tokens begin a declaration or a nested attribute node (`segment "..."` in a persona). */
function nodeStarts(tokens: readonly LeafCstNode[]): NodeStart[] {
    const seen = new Set<AstNode>();
    return tokens.map(token => {
        const node = token.astNode;
        if (seen.has(node) || !GrammarAST.isKeyword(token.grammarSource)) {
            seen.add(node);
            return undefined;
        }
        seen.add(node);
        return DECLARATIONS.has(node.$type) ? 'declaration' : 'attribute';
    });
}

/** The blocks, found both by the position of their `{` and of their `}`. */
function matchBlocks(tokens: readonly LeafCstNode[], breakBefore: readonly boolean[], starts: readonly NodeStart[]): Map<number, Block> {
    const blocks = new Map<number, Block>();
    const stack: number[] = [];
    tokens.forEach((token, k) => {
        if (isKeyword(token, '{')) {
            stack.push(k);
        } else if (isKeyword(token, '}')) {
            const open = stack.pop()!;
            // A block holding declarations cannot stay on one line: each declaration starts one.
            const multiLine = breakBefore.slice(open + 1, k + 1).includes(true) || starts.slice(open + 1, k).includes('declaration');
            const block = { open, multiLine };
            blocks.set(open, block).set(k, block);
        }
    });
    return blocks;
}

/**
 * An attribute keyword of the block's owner, such as `emotion` in a touchpoint or `source`
 * in a metric (not `source` in an answer, whose owner is the answer). Keywords that are
 * values (`state current`, `direction up`) sit inside an assignment and are no members.
 */
function isMemberKeyword(token: LeafCstNode, owner: AstNode): boolean {
    const keyword = token.grammarSource;
    return token.astNode === owner && GrammarAST.isKeyword(keyword) && keyword.value !== ','
        && AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment) === undefined;
}

/** Whether either of two neighbouring top-level declarations has a block written on several lines. */
function aroundMultiLine(previous: LeafCstNode, next: LeafCstNode, byOwner: ReadonlyMap<AstNode, Block>): boolean {
    return [topLevel(previous.astNode), next.astNode].some(node => byOwner.get(node)?.multiLine === true);
}

function topLevel(node: AstNode): AstNode {
    let current = node;
    while (current.$container?.$container !== undefined) {
        current = current.$container;
    }
    return current;
}

export function isKeyword(token: LeafCstNode, value: string): boolean {
    return GrammarAST.isKeyword(token.grammarSource) && token.grammarSource.value === value;
}
