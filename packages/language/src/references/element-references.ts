import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';

/**
 * The references inside each top-level element, found once per element node: an edit
 * spliced into one element (parser/reparse-element.ts) keeps every other element's nodes
 * and their reference objects, so linking and the reference index of a big file walk only
 * the new element's tree, not every node of the file again.
 */
export class ElementReferences {
    private readonly byElement = new WeakMap<AstNode, ReferenceInfo[]>();

    /** The references of `element` and of every node inside it, in the order of the text. */
    of(element: AstNode): ReferenceInfo[] {
        let found = this.byElement.get(element);
        if (!found) {
            found = AstUtils.streamAst(element).flatMap(node => AstUtils.streamReferences(node)).toArray();
            this.byElement.set(element, found);
        }
        return found;
    }
}
