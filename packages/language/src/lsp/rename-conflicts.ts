import { AstUtils, UriUtils, type AstNode, type ReferenceDescription } from 'langium';
import {
    isChannel, isJourney, isPersona, type Barrier, type Channel, type Journey, type Metric, type Opportunity, type Persona, type Stage,
    type Touchpoint
} from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { journeyMembers } from '../validation/references.js';

/** What can be renamed: everything with a name. */
export type Declaration = Persona | Channel | Journey | Stage | Touchpoint | Barrier | Opportunity | Metric;

/**
 * Why `declaration` cannot be called `newName`, or undefined when it can. The new name
 * must be free in the declaration's scope as duplicate-name sees it (top-level: the
 * workspace; in a journey: the journey, one namespace per kind), and no reference may
 * change its target: a journey-local persona or channel hides top-level ones of its name.
 */
export function renameConflict(declaration: Declaration, newName: string, services: CjmServices): string | undefined {
    if (newName === declaration.name) {
        return undefined;
    }
    const kind = declaration.$type.toLowerCase();
    const journey = AstUtils.getContainerOfType(declaration.$container, isJourney);
    if (!journey) {
        const taken = services.shared.workspace.IndexManager.allElements(declaration.$type).find(description => description.name === newName);
        if (taken) {
            return `A top-level ${kind} named '${newName}' already exists in ${UriUtils.basename(taken.documentUri)}.`;
        }
        const hiding = isPersona(declaration) || isChannel(declaration) ? journeysUsing(declaration, services).find(user => localNames(user, declaration).includes(newName)) : undefined;
        return hiding && `Journey '${hiding.name}' uses ${kind} '${declaration.name}' and declares its own ${kind} '${newName}', which would take its place there.`;
    }
    if (journeyMembers(journey).some(member => member.$type === declaration.$type && member.name === newName)) {
        return `Journey '${journey.name}' already has a ${kind} named '${newName}'.`;
    }
    if ((isPersona(declaration) || isChannel(declaration)) && usesName(journey, declaration.$type, newName, services)) {
        return `Journey '${journey.name}' uses a ${kind} named '${newName}'; its own ${kind} of that name would take that place.`;
    }
    return undefined;
}

function localNames(journey: Journey, declaration: Persona | Channel): string[] {
    return (isPersona(declaration) ? journey.personas : journey.channels).map(local => local.name);
}

/** The journeys that refer to a top-level persona or channel. */
function journeysUsing(declaration: Persona | Channel, services: CjmServices): Journey[] {
    const journeys = new Set<Journey>();
    for (const reference of services.references.References.findReferences(declaration, { includeDeclaration: false })) {
        const journey = AstUtils.getContainerOfType(sourceNode(reference, services), isJourney);
        if (journey) {
            journeys.add(journey);
        }
    }
    return [...journeys];
}

function sourceNode(reference: ReferenceDescription, services: CjmServices): AstNode | undefined {
    const document = services.shared.workspace.LangiumDocuments.getDocument(reference.sourceUri);
    return document && services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, reference.sourcePath);
}

/** Whether a reference in the journey to a `type` is written `name`, resolved or not. */
function usesName(journey: Journey, type: string, name: string, services: CjmServices): boolean {
    const reflection = services.shared.AstReflection;
    return AstUtils.streamAst(journey).some(node => AstUtils.streamReferences(node)
        .some(info => info.reference.$refText === name && reflection.getReferenceType(info) === type));
}
