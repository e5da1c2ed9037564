import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { refOf, sameTargets, type ElementReferences } from '../references/element-references.js';
import { isCjmFile, isJourney, type CjmFile, type Journey } from '../generated/ast.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * What the checks of each journey of a document read beyond the journey's own text, as one
 * string per journey: the files that declare a top-level journey of its name
 * (duplicate-name), and what each of its references resolves to, each reference by its
 * place in the journey's text. A reference to a persona or channel counts with that
 * declaration's file and whole text (the model reads its attributes), written once per
 * journey and referred to by number; one to any other node outside the journey with its
 * file and place, so that such a change is never missed. Undefined where a reference has
 * no place in the text: then the document is checked whole.
 *
 * What a journey's references resolve to is described again only when the journey's node
 * or a target changed (`kept`, by journey node): an edit spliced into one journey of a big
 * file describes that journey's references only.
 */
export function journeyContexts(root: CjmFile, facts: WorkspaceFacts, references: ElementReferences, kept: WeakMap<AstNode, JourneyTargets>): Map<Journey, string> | undefined {
    const contexts = new Map<Journey, string>();
    for (const element of root.elements) {
        if (!isJourney(element)) {
            continue;
        }
        const infos = references.of(element);
        let entry = kept.get(element);
        if (!entry || entry.moving || !sameTargets(entry.targets, infos, info => linkedTo(info.reference))) {
            entry = describeReferences(element, infos, infos.map(info => linkedTo(info.reference)));
            if (entry === undefined) {
                return undefined;
            }
            kept.set(element, entry);
        }
        const texts = entry.declarations.map(top => `${fileOf(top)}#${top.$cstNode?.text ?? ''}`);
        contexts.set(element, [facts.topLevelDocuments('Journey', element.name).join(' '), entry.described, ...texts].join('\n'));
    }
    return contexts;
}

/**
 * A journey's references described: what each resolves to, by its place in the journey;
 * the outside personas and channels among them, in order of first use; the targets read;
 * and whether a description holds another element's place (then it is described anew).
 */
export interface JourneyTargets {
    targets: unknown[];
    described: string;
    declarations: AstNode[];
    moving: boolean;
}

function describeReferences(journey: Journey, infos: readonly ReferenceInfo[], targets: unknown[]): JourneyTargets | undefined {
    const start = journey.$cstNode?.offset;
    const declarations = new Map<AstNode, number>();
    const described: string[] = [];
    let moving = false;
    for (const { reference } of infos) {
        const offset = reference.$refNode?.offset;
        if (offset === undefined || start === undefined) {
            return undefined;
        }
        const nodes = 'ref' in reference ? [reference.ref] : reference.items.map(item => item.ref);
        described.push(`${offset - start}>${nodes.map(node => describeTarget(node, journey, declarations)).join(',')}`);
        moving ||= nodes.some(node => node !== undefined && isElsewhere(node, journey));
    }
    return { targets, described: described.join(' '), declarations: [...declarations.keys()], moving };
}

/** What a reference is linked to: its node, else its list of items (a multi-reference). */
function linkedTo(reference: ReferenceInfo['reference']): unknown {
    return 'ref' in reference ? refOf(reference) : reference.items;
}

/** A target outside the journey that is no persona or channel: described by its place. */
function isElsewhere(target: AstNode, journey: AstNode): boolean {
    const top = topLevelOf(target);
    return top !== journey && top.$type !== 'Persona' && top.$type !== 'Channel';
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
