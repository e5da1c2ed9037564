import { AstUtils, UriUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isCjmFile, type Barrier, type Channel, type CjmAstType, type Journey, type Metric, type Opportunity, type Persona, type Stage, type Touchpoint
} from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { report } from './report.js';

const KIND: Record<string, string> = {
    Persona: 'persona', Channel: 'channel', Journey: 'journey', Stage: 'stage', Touchpoint: 'touchpoint',
    Barrier: 'barrier', Opportunity: 'opportunity', Metric: 'metric'
};

/** duplicate-name: top-level names are unique in the workspace, journey members in their journey. */
export function referenceChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const facts = services.validation.WorkspaceFacts;
    const checkTopLevel = (node: Persona | Channel | Journey, accept: ValidationAcceptor): void => {
        const documents = isCjmFile(node.$container) ? facts.topLevelDocuments(node.$type, node.name) : [];
        if (documents.length > 1) {
            const own = AstUtils.getDocument(node).uri;
            const elsewhere = documents.find(uri => uri.toString() !== own.toString());
            // Name the other file: with one workspace per config folder or repository, it may be one the author never opened.
            const where = elsewhere ? `in ${UriUtils.relative(UriUtils.dirname(own), elsewhere)}` : 'in this file';
            report(accept, 'duplicate-name', `another top-level ${KIND[node.$type]} \`${node.name}\` is declared ${where}`, { node, property: 'name' });
        }
    };
    return {
        Persona: checkTopLevel,
        Channel: checkTopLevel,
        Journey: [checkTopLevel, checkJourneyMembers]
    };
}

/** The named members of a journey; duplicate-name keeps each kind's names apart within it. */
export function journeyMembers(journey: Journey): Array<Persona | Channel | Stage | Touchpoint | Barrier | Opportunity | Metric> {
    return [
        ...journey.personas, ...journey.channels, ...journey.stages,
        ...journey.stages.flatMap(stage => [...stage.touchpoints, ...stage.barriers, ...stage.opportunities, ...stage.metrics])
    ];
}

function checkJourneyMembers(journey: Journey, accept: ValidationAcceptor): void {
    const members = journeyMembers(journey);
    const counts = new Map<string, number>();
    for (const member of members) {
        const key = `${member.$type}:${member.name}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const member of members) {
        if ((counts.get(`${member.$type}:${member.name}`) ?? 0) > 1) {
            const kind = KIND[member.$type];
            report(accept, 'duplicate-name', `journey ${journey.name} has more than one ${kind} \`${member.name}\``, { node: member, property: 'name' });
        }
    }
}
