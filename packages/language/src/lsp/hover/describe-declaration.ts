import { AstUtils, UriUtils, type AstNode } from 'langium';
import { isChannel, isJourney, isPersona, isStage, type Channel, type Journey, type Persona, type Stage } from '../../generated/ast.js';
import { channelModel, personaModel } from '../../model/build-journey-model.js';
import type { JourneyModel } from '../../model/journey-model.js';
import { describeStageMember, isStageMember } from './describe-stage-member.js';
import { facts, heading, md, named, paragraphs } from './markdown.js';

/** What hover needs besides the AST: the journey models and evidence ages (config and today). */
export interface HoverFacts {
    journey(journey: Journey): JourneyModel;
    /** How old evidence dated `date` is, for the document of `node`. */
    age(node: AstNode, date: string): string | undefined;
}

/** Markdown for a declaration: what it is and what the map says about it. */
export function describeDeclaration(node: AstNode, hoverFacts: HoverFacts): string | undefined {
    if (isPersona(node)) {
        return persona(node);
    }
    if (isChannel(node)) {
        return channel(node);
    }
    if (isJourney(node)) {
        return journey(node, hoverFacts);
    }
    if (isStage(node)) {
        return stage(node, hoverFacts);
    }
    return isStageMember(node) ? describeStageMember(node, hoverFacts) : undefined;
}

function persona(node: Persona): string {
    const model = personaModel(node);
    const kinds = [...new Set(model.attributes.map(attribute => attribute.kind))];
    const groups = kinds.map(kind => {
        const values = model.attributes.filter(attribute => attribute.kind === kind).map(attribute => `- ${md(attribute.value)}`);
        return `**${capitalised(kind)}${values.length > 1 ? 's' : ''}**\n${values.join('\n')}`;
    });
    return paragraphs(heading('persona', model.name, model.title), whereDeclared(node), model.role && `**Role:** ${model.role}`, ...groups);
}

function channel(node: Channel): string {
    const model = channelModel(node);
    const kind = model.kind ? `${capitalised(model.kind)} channel.` : 'Channel, neither online nor offline given.';
    return paragraphs(heading('channel', model.name, model.title), `${kind} ${whereDeclared(node)}`, model.description && md(model.description));
}

function whereDeclared(node: Persona | Channel): string {
    const container = node.$container;
    return isJourney(container)
        ? `Local to journey \`${container.name}\`.`
        : `Shared by the workspace, declared in ${md(UriUtils.basename(AstUtils.getDocument(node).uri))}.`;
}

function journey(node: Journey, hoverFacts: HoverFacts): string {
    const model = hoverFacts.journey(node);
    const personas = new Map(model.personas.map(persona => [persona.name, persona.title]));
    return paragraphs(heading('journey', model.name, model.title), facts([
        ['State', model.state],
        ['Product', model.product && md(model.product)],
        ['Objective', model.objective && md(model.objective)],
        ['Problem', model.problem && md(model.problem)],
        ['Target', model.targets.map(name => named(name, personas.get(name))).join(', ')],
        ['Owner', model.owner && md(model.owner)],
        ['Reviewed', model.reviewed && `${model.reviewed}, ${hoverFacts.age(node, model.reviewed) ?? 'not a calendar date'}`],
        ['Stages', model.stages.map(stage => named(stage.name, stage.title)).join(' → ')]
    ]));
}

function stage(node: Stage, hoverFacts: HoverFacts): string {
    const journeyModel = hoverFacts.journey(node.$container);
    const model = journeyModel.stages[node.$container.stages.indexOf(node)];
    const { coverage } = model;
    return paragraphs(heading('stage', model.name, model.title), `Stage ${node.$container.stages.indexOf(node) + 1} of ${journeyModel.stages.length} in journey \`${journeyModel.name}\`.`, facts([
        ['Owner', model.owner && md(model.owner)],
        ['Touchpoints', String(coverage.touchpoints)],
        ['Metrics', `${coverage.metrics}, ${coverage.metricsWithTarget} with a target`],
        ['Questions', `${coverage.questions}, ${coverage.answeredQuestions} answered`],
        ['Barriers', `${coverage.barriers}, ${coverage.mitigatedBarriers} mitigated`]
    ]));
}

function capitalised(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
