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

/**
 * Whether each of an element's references (`infos`, from ElementReferences) is still linked
 * to what `targets` kept, by `targetOf`: compared in place, as every element of a big file
 * is asked on each edit.
 */
export function sameTargets(targets: readonly unknown[], infos: readonly ReferenceInfo[], targetOf: (info: ReferenceInfo) => unknown): boolean {
    if (targets.length !== infos.length) {
        return false;
    }
    for (let i = 0; i < infos.length; i++) {
        if (targets[i] !== targetOf(infos[i])) {
            return false;
        }
    }
    return true;
}
