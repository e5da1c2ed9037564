import { AstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { Journey } from '../generated/ast.js';
import type { ElementKind, ElementSource } from '../protocol.js';

/** The AST types the diagram draws with a `data-cjm-id`, and their kind in the protocol. */
const DRAWN: Readonly<Record<string, ElementKind>> = {
    Stage: 'stage',
    Touchpoint: 'touchpoint',
    Barrier: 'barrier',
    Opportunity: 'opportunity'
};

/**
 * Where each element the diagram draws for a journey is declared, in the order of the
 * text: the whole declaration (the preview highlights the element under the cursor) and
 * its name (what a click on the element selects).
 */
export function elementSources(journey: Journey): ElementSource[] {
    return AstUtils.streamAllContents(journey)
        .filter(node => DRAWN[node.$type] !== undefined && node.$cstNode !== undefined)
        .toArray()
        .sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset)
        .flatMap(node => sourceOf(node, DRAWN[node.$type], node.$cstNode!));
}

function sourceOf(node: AstNode, kind: ElementKind, declaration: CstNode): ElementSource[] {
    const name = GrammarUtils.findNodeForProperty(declaration, 'name');
    return name === undefined ? [] : [{ kind, id: (node as AstNode & { name: string }).name, range: declaration.range, selection: name.range }];
}
