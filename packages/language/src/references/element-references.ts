import { AstUtils, isAstNode, type AstNode, type MultiReference, type Reference, type ReferenceInfo } from 'langium';

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
 * Whether each of an element's references (`items`: ReferenceInfos from ElementReferences,
 * or references) is still linked to what `targets` kept, by `targetOf`: compared in place,
 * as every element of a big file is asked on each edit.
 */
export function sameTargets<T>(targets: readonly unknown[], items: readonly T[], targetOf: (item: T) => unknown): boolean {
    if (targets.length !== items.length) {
        return false;
    }
    for (let i = 0; i < items.length; i++) {
        if (targets[i] !== targetOf(items[i])) {
            return false;
        }
    }
    return true;
}

/**
 * What `reference.ref` gives, read from Langium's own field when the reference is linked
 * to a node: each reference carries getters of its own, so reading `ref` through them
 * costs a slow call, which walks over every reference of a big file pay on each edit.
 */
export function refOf(reference: Reference): AstNode | undefined {
    return linkedNode(reference) ?? reference.ref;
}

/** The node a reference (or multi-reference: none) is linked to, from Langium's field alone: undefined while unlinked or linked to an error. */
export function linkedNode(reference: Reference | MultiReference): AstNode | undefined {
    const linked = (reference as { _ref?: unknown })._ref;
    return isAstNode(linked) ? linked : undefined;
}
