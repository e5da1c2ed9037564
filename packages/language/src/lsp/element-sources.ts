import { AstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import { isMetric, isQuestion, type Journey } from '../generated/ast.js';
import type { ElementKind, ElementSource } from '../protocol.js';

/** The AST types the diagram draws with a `data-cjm-id`, their kind in the protocol, and the property that names them there. */
const DRAWN: Readonly<Record<string, { kind: ElementKind; id: 'name' | 'text' }>> = {
    Stage: { kind: 'stage', id: 'name' },
    Touchpoint: { kind: 'touchpoint', id: 'name' },
    Barrier: { kind: 'barrier', id: 'name' },
    Opportunity: { kind: 'opportunity', id: 'name' },
    Metric: { kind: 'metric', id: 'name' },
    Question: { kind: 'question', id: 'text' }
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
        .flatMap(node => sourceOf(node, node.$cstNode!));
}

function sourceOf(node: AstNode, declaration: CstNode): ElementSource[] {
    const { kind, id } = DRAWN[node.$type];
    const named = GrammarUtils.findNodeForProperty(declaration, id);
    const value = (node as AstNode & Record<typeof id, unknown>)[id];
    if (named === undefined || typeof value !== 'string') {
        return [];
    }
    const stage = isMetric(node) || isQuestion(node) ? { stage: node.$container.name } : {};
    return [{ kind, id: value, ...stage, range: declaration.range, selection: named.range }];
}
