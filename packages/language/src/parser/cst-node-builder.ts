import type { IToken } from 'chevrotain';
import { CstNodeBuilder, CstUtils, LeafCstNodeImpl, type CompositeCstNode, type CstNode, type LangiumParser } from 'langium';

/**
 * Langium's CST builder, linear in the size of a block. Before every token it placed the
 * comments (hidden tokens) in front of it, finding the node being built among its
 * siblings with `indexOf` from the front, even when there were none: a stage of 100,000
 * touchpoints spent 8 of its 13 s there, and 200,000 took 44 s. The node being built is
 * its container's last child, so it is found from the back; no comment, no search; and
 * no spread of a long run of comments into one call.
 */
export class CjmCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            return;
        }
        let current: CompositeCstNode = this.current;
        const root = current.root;
        const nodes = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = root;
            return leaf;
        });
        if (current.content.length > 0) {
            insertAll(current.content, current.content.length, nodes);
            return;
        }
        // An empty node: its comments go before it, in the first ancestor that has earlier children.
        while (current.container) {
            const siblings = current.container.content;
            const index = siblings.lastIndexOf(current);
            if (index > 0) {
                insertAll(siblings, index, nodes);
                return;
            }
            current = current.container;
        }
        insertAll(root.content, 0, nodes);
    }
}

function insertAll(list: CstNode[], index: number, items: readonly CstNode[]): void {
    // The count is needed: Langium's node list passes splice's count on, and an undefined count removes nothing.
    const tail = list.splice(index, list.length - index);
    for (const item of items) {
        list.push(item);
    }
    for (const item of tail) {
        list.push(item);
    }
}

/** Puts the linear builder into a parser Langium made (the field is private to Langium, set once here). */
export function withLinearCstBuilder(parser: LangiumParser): LangiumParser {
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new CjmCstNodeBuilder();
    return parser;
}
