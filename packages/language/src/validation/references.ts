import { AstUtils, UriUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isCjmFile, type Barrier, type Channel, type CjmAstType, type Journey, type Metric, type Opportunity, type Persona, type Stage, type Touchpoint
} from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import type { RuleWords } from '../locale/rule-words.js';
import { report } from './report.js';

/** duplicate-name: top-level names are unique in the workspace, journey members in their journey. */
export function referenceChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const facts = services.validation.WorkspaceFacts;
    const locales = services.locale.LocaleProvider;
    const checkTopLevel = (node: Persona | Channel | Journey, accept: ValidationAcceptor): void => {
        const documents = isCjmFile(node.$container) ? facts.topLevelDocuments(node.$type, node.name) : [];
        if (documents.length > 1) {
            const own = AstUtils.getDocument(node).uri;
            const elsewhere = documents.find(uri => uri.toString() !== own.toString());
            // Name the other file: with one workspace per config folder or repository, it may be one the author never opened.
            const where = elsewhere && UriUtils.relative(UriUtils.dirname(own), elsewhere);
            report(accept, 'duplicate-name', locales.messagesAt(node).rules['duplicate-name'].topLevel(node.$type, node.name, where), { node, property: 'name' });
        }
    };
    return {
        Persona: checkTopLevel,
        Channel: checkTopLevel,
        Journey: [checkTopLevel, (journey, accept) => checkJourneyMembers(journey, accept, locales.messagesAt(journey).rules['duplicate-name'])]
    };
}

/** The named members of a journey; duplicate-name keeps each kind's names apart within it. */
export function journeyMembers(journey: Journey): Array<Persona | Channel | Stage | Touchpoint | Barrier | Opportunity | Metric> {
    return [
        ...journey.personas, ...journey.channels, ...journey.stages,
        ...journey.stages.flatMap(stage => [...stage.touchpoints, ...stage.barriers, ...stage.opportunities, ...stage.metrics])
    ];
}

function checkJourneyMembers(journey: Journey, accept: ValidationAcceptor, say: RuleWords['duplicate-name']): void {
    const members = journeyMembers(journey);
    const counts = new Map<string, number>();
    for (const member of members) {
        const key = `${member.$type}:${member.name}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const member of members) {
        if ((counts.get(`${member.$type}:${member.name}`) ?? 0) > 1) {
            report(accept, 'duplicate-name', say.member(member.$type, journey.name, member.name), { node: member, property: 'name' });
        }
    }
}
