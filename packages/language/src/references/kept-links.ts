import { isAstNode, isLinkingError, type AstNode, type NameProvider, type ReferenceInfo } from 'langium';
import { isCjmFile } from '../generated/ast.js';
import type { Splice } from '../workspace/document-factory.js';
import type { ElementReferences } from './element-references.js';

/**
 * Whether, after `splice` replaced one top-level element of `root`, every other element's
 * references still resolve as a full link of the new tree would resolve them, so that only
 * the new element needs linking: the new element declares the same name as the same kind
 * (the only name an element shows outside itself: scope-computation.ts), and each
 * reference of the other elements was linked, to a declaration outside the replaced
 * element (its nodes are gone) or to nothing. Anything else is unsure: false.
 */
export function keepsLinks(root: AstNode, splice: Splice, references: ElementReferences, names: NameProvider): boolean {
    const { replaced, element } = splice;
    if (!isCjmFile(root) || splice.to !== root || replaced.$type !== element.$type || names.getName(replaced) !== names.getName(element)) {
        return false;
    }
    return root.elements.every(other => other === element || references.of(other).every(info => resolvedOutside(info.reference, replaced)));
}

/** A reference or multi-reference (cjm's grammar has none of those: unsure). */
type AnyReference = ReferenceInfo['reference'];

/** Whether a reference was linked, to no node inside `replaced`. */
function resolvedOutside(reference: AnyReference, replaced: AstNode): boolean {
    const target = (reference as { _ref?: unknown })._ref;
    if (!isAstNode(target)) {
        return isLinkingError(target);
    }
    for (let node: AstNode | undefined = target; node; node = node.$container) {
        if (node === replaced) {
            return false;
        }
    }
    return true;
}

/** Whether a reference was linked (to a node or to an error). */
export function isLinked(reference: AnyReference): boolean {
    return '_ref' in reference ? reference._ref !== undefined : (reference as { _items?: unknown })._items !== undefined;
}

/** A reference unlinked, as Langium's unlink leaves it. */
export function unlinked(reference: AnyReference): void {
    const inner = reference as unknown as { _ref?: unknown; _nodeDescription?: unknown; _items?: unknown; _linkingError?: unknown };
    if ('_ref' in inner) {
        inner._ref = undefined;
        delete inner._nodeDescription;
    } else {
        inner._items = undefined;
        delete inner._linkingError;
    }
}
