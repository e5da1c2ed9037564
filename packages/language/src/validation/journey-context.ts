import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isCjmFile, isJourney, type CjmFile, type Journey } from '../generated/ast.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * What the checks of each journey of a document read beyond the journey's own text, as one
 * string per journey: the files that declare a top-level journey of its name
 * (duplicate-name), and what each of its references resolves to, each reference by its
 * place in the journey's text (Langium lists a reference it resolved early out of order).
 * A reference to a persona or channel counts with that declaration's file and whole text
 * (the model reads its attributes), written once per journey and referred to by number;
 * one to any other node outside the journey with its file and place, so that such a
 * change is never missed. Undefined where a reference has no place in the text: then the
 * document is checked whole.
 */
export function journeyContexts(document: LangiumDocument, root: CjmFile, facts: WorkspaceFacts): Map<Journey, string> | undefined {
    const elements = root.elements;
    const parts: Array<JourneyParts | undefined> = elements.map(element => (isJourney(element) ? { targets: [], declarations: new Map() } : undefined));
    const starts = elements.map(element => element.$cstNode?.offset ?? -1);
    let index = -1;
    for (const reference of document.references) {
        const offset = reference.$refNode?.offset;
        if (offset === undefined) {
            return undefined;
        }
        // References come in the order of the text, mostly many to one element.
        if (index < 0 || offset < starts[index] || (index + 1 < starts.length && offset >= starts[index + 1])) {
            index = lastAtOrBefore(starts, offset);
        }
        const own = parts[index];
        if (own !== undefined) {
            if ('ref' in reference) {
                own.targets.push(`${offset - starts[index]}>${describeTarget(reference.ref, elements[index], own.declarations)}`);
            } else {
                own.targets.push(`${offset - starts[index]}>${reference.items.map(item => describeTarget(item.ref, elements[index], own.declarations)).join(',')}`);
            }
        }
    }
    const contexts = new Map<Journey, string>();
    elements.forEach((element, i) => {
        const own = parts[i];
        if (own !== undefined && isJourney(element)) {
            const texts = [...own.declarations.keys()].map(top => `${fileOf(top)}#${top.$cstNode?.text ?? ''}`);
            contexts.set(element, [facts.topLevelDocuments('Journey', element.name).join(' '), own.targets.join(' '), ...texts].join('\n'));
        }
    });
    return contexts;
}

/** What a journey's references resolve to, in order, and the outside personas and channels among them, numbered in order of first use. */
interface JourneyParts {
    targets: string[];
    declarations: Map<AstNode, number>;
}

/** A target inside the same journey is given by the journey's text; others as the doc comment says. */
function describeTarget(target: AstNode | undefined, element: AstNode, declarations: Map<AstNode, number>): string {
    if (target === undefined) {
        return '?';
    }
    const top = topLevelOf(target);
    if (top === element) {
        return '.';
    }
    if (top.$type !== 'Persona' && top.$type !== 'Channel') {
        return `${fileOf(top)}@${target.$cstNode?.offset ?? ''}:${target.$type}`;
    }
    let number = declarations.get(top);
    if (number === undefined) {
        number = declarations.size;
        declarations.set(top, number);
    }
    return `#${number}`;
}

function fileOf(node: AstNode): string {
    return AstUtils.findRootNode(node).$document?.uri.toString() ?? '';
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
