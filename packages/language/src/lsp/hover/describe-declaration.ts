import { AstUtils, UriUtils, type AstNode } from 'langium';
import { isChannel, isJourney, isPersona, isStage, type Channel, type Journey, type Persona, type Stage } from '../../generated/ast.js';
import type { FactWords } from '../../locale/fact-words.js';
import type { Messages } from '../../locale/messages.js';
import { channelModel, personaModel } from '../../model/build-journey-model.js';
import type { JourneyModel } from '../../model/journey-model.js';
import { describeStageMember, isStageMember } from './describe-stage-member.js';
import { facts, heading, md, named, paragraphs } from './markdown.js';

/** What hover needs besides the AST: the journey models and evidence ages (config and today). */
export interface HoverFacts {
    journey(journey: Journey): JourneyModel;
    /** How old evidence dated `date` is, against the config of the document of `node`, in `words`. */
    age(node: AstNode, date: string, words: FactWords['age']): string | undefined;
}

/** Markdown for a declaration: what it is and what the map says about it, in the words of the document's locale. */
export function describeDeclaration(node: AstNode, hoverFacts: HoverFacts, words: Messages): string | undefined {
    if (isPersona(node)) {
        return persona(node, words);
    }
    if (isChannel(node)) {
        return channel(node, words);
    }
    if (isJourney(node)) {
        return journey(node, hoverFacts, words);
    }
    if (isStage(node)) {
        return stage(node, hoverFacts, words);
    }
    return isStageMember(node) ? describeStageMember(node, hoverFacts, words) : undefined;
}

function persona(node: Persona, words: Messages): string {
    const model = personaModel(node);
    const kinds = [...new Set(model.attributes.map(attribute => attribute.kind))];
    const groups = kinds.map(kind => {
        const values = model.attributes.filter(attribute => attribute.kind === kind).map(attribute => `- ${md(attribute.value)}`);
        return `**${words.facts.attributes(kind, values.length)}**\n${values.join('\n')}`;
    });
    return paragraphs(heading(words.facts.kinds.persona, model.name, model.title), whereDeclared(node, words), model.role && `**${words.report.role}:** ${words.diagram.role(model.role)}`, ...groups);
}

function channel(node: Channel, words: Messages): string {
    const model = channelModel(node);
    return paragraphs(heading(words.facts.kinds.channel, model.name, model.title), `${words.facts.channelKind(model.kind)} ${whereDeclared(node, words)}`, model.description && md(model.description));
}

function whereDeclared(node: Persona | Channel, words: Messages): string {
    const container = node.$container;
    return isJourney(container)
        ? words.facts.local(container.name)
        : words.facts.shared(md(UriUtils.basename(AstUtils.getDocument(node).uri)));
}

function journey(node: Journey, hoverFacts: HoverFacts, words: Messages): string {
    const { diagram, facts: labels } = words;
    const model = hoverFacts.journey(node);
    const personas = new Map(model.personas.map(persona => [persona.name, persona.title]));
    return paragraphs(heading(labels.kinds.journey, model.name, model.title), facts([
        [words.report.brief.state, words.report.state[model.state]],
        [diagram.product, model.product && md(model.product)],
        [diagram.objective, model.objective && md(model.objective)],
        [diagram.problem, model.problem && md(model.problem)],
        [labels.target, model.targets.map(name => named(name, personas.get(name))).join(', ')],
        [diagram.owner, model.owner && md(model.owner)],
        [diagram.reviewed, model.reviewed && `${model.reviewed}, ${hoverFacts.age(node, model.reviewed, labels.age) ?? labels.notCalendarDate}`],
        [labels.stages, model.stages.map(stage => named(stage.name, stage.title)).join(' → ')]
    ]));
}

function stage(node: Stage, hoverFacts: HoverFacts, words: Messages): string {
    const labels = words.facts;
    const journeyModel = hoverFacts.journey(node.$container);
    const model = journeyModel.stages[node.$container.stages.indexOf(node)];
    const { coverage } = model;
    return paragraphs(heading(labels.kinds.stage, model.name, model.title), labels.stageOf(node.$container.stages.indexOf(node) + 1, journeyModel.stages.length, journeyModel.name), facts([
        [words.diagram.owner, model.owner && md(model.owner)],
        [labels.coverage.touchpoints, String(coverage.touchpoints)],
        [labels.coverage.metrics, labels.withTarget(coverage.metrics, coverage.metricsWithTarget)],
        [labels.coverage.questions, labels.answered(coverage.questions, coverage.answeredQuestions)],
        [labels.coverage.barriers, labels.mitigated(coverage.barriers, coverage.mitigatedBarriers)]
    ]));
}
