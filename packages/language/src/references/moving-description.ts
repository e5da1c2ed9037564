import { CstUtils, type AstNode, type AstNodeDescription, type CstNode, type URI } from 'langium';

/**
 * A description of a named node whose segments are read from the node's CST when asked,
 * not when made: an edit spliced into another element (parser/reparse-element.ts) moves
 * this node's CST in place, so the description stays true while the node is kept.
 */
export function movingDescription(node: AstNode, name: string, nameNode: () => CstNode | undefined, documentUri: URI, path: string): AstNodeDescription {
    return {
        node,
        name,
        type: node.$type,
        documentUri,
        path,
        get nameSegment() {
            return CstUtils.toDocumentSegment(nameNode() ?? node.$cstNode);
        },
        get selectionSegment() {
            return CstUtils.toDocumentSegment(node.$cstNode);
        }
    };
}
