import type { AstNode, LangiumDocument, Reference, MultiReference } from 'langium';
import { isCjmFile, type CjmFile, type Journey } from '../generated/ast.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * What the checks of each journey of a document read beyond the journey's own text, as one
 * string per journey: the files that declare a top-level journey of its name
 * (duplicate-name), and what each of its references resolves to. A reference to a persona
 * or channel counts with that declaration's whole text (the model reads its attributes);
 * one to any other node outside the journey with its file and place, so that such a
 * change is never missed. Undefined where a reference has no place in the text: then the
 * document is checked whole.
 */
export function journeyContexts(document: LangiumDocument, root: CjmFile, facts: WorkspaceFacts): Map<Journey, string> | undefined {
    const journeys = root.elements.filter((element): element is Journey => element.$type === 'Journey');
    const parts = new Map<Journey, string[]>(journeys.map(journey => [journey, [facts.topLevelDocuments('Journey', journey.name).join(' ')]]));
    const starts = root.elements.map(element => element.$cstNode?.offset ?? -1);
    const declarations = new Map<AstNode, string>();
    for (const reference of document.references) {
        const offset = reference.$refNode?.offset;
        if (offset === undefined) {
            return undefined;
        }
        const element = root.elements[lastAtOrBefore(starts, offset)];
        const own = element && parts.get(element as Journey);
        own?.push(`${reference.$refText}>${targetsOf(reference).map(target => describeTarget(target, element, declarations)).join(',')}`);
    }
    return new Map([...parts].map(([journey, items]) => [journey, items.join('\n')]));
}

function targetsOf(reference: Reference | MultiReference): Array<AstNode | undefined> {
    return 'ref' in reference ? [reference.ref] : reference.items.map(item => item.ref);
}

/**
 * A target inside the same journey is given by the journey's text; others as the doc
 * comment says (`declarations` keeps each persona's and channel's once per call).
 */
function describeTarget(target: AstNode | undefined, element: AstNode, declarations: Map<AstNode, string>): string {
    if (target === undefined) {
        return '?';
    }
    const top = topLevelOf(target);
    if (top === element) {
        return '.';
    }
    const where = top.$document?.uri.toString() ?? '';
    if (top.$type !== 'Persona' && top.$type !== 'Channel') {
        return `${where}@${target.$cstNode?.offset ?? ''}:${target.$type}`;
    }
    let described = declarations.get(top);
    if (described === undefined) {
        described = `${where}#${top.$cstNode?.text ?? ''}`;
        declarations.set(top, described);
    }
    return described;
}

function topLevelOf(node: AstNode): AstNode {
    let top = node;
    while (top.$container && !isCjmFile(top.$container)) {
        top = top.$container;
    }
    return top;
}

/** The index of the last start at or before `offset` (starts ascend), or -1. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle] <= offset) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}
