import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode } from 'langium';
import { ATTRIBUTES_ONCE } from '../../parser/repeated-attributes.js';

/**
 * Whether `keyword` starts an attribute that may appear once (language.md) and the
 * declaration around `node` already has it, so completion does not offer it again. The
 * keyword at `tokenOffset` is the one being completed and does not count.
 */
export function writtenOnce(node: AstNode | undefined, keyword: GrammarAST.Keyword, tokenOffset: number): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    const once: readonly string[] | undefined = rule !== undefined && Object.hasOwn(ATTRIBUTES_ONCE, rule) ? ATTRIBUTES_ONCE[rule as keyof typeof ATTRIBUTES_ONCE] : undefined;
    if (!once?.includes(keyword.value)) {
        return false;
    }
    const owner = AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => candidate.$type === rule);
    const children = isCompositeCstNode(owner?.$cstNode) ? owner.$cstNode.content : [];
    return children.some(child => child.offset !== tokenOffset && GrammarAST.isKeyword(child.grammarSource) && child.grammarSource.value === keyword.value);
}
