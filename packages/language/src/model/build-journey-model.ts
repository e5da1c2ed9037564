import type { Reference } from 'langium';
import type * as ast from '../generated/ast.js';
import { stageCoverage } from './coverage.js';
import { buildFlowGraph } from './flow.js';
import type {
    BarrierModel, ChannelModel, JourneyModel, MetricModel, MetricValue, OpportunityModel, PersonaModel, QuestionModel,
    StageModel, TouchpointModel
} from './journey-model.js';
import { isMet, resolveDirection, unitsAgree } from './metric.js';
import { usableNumber } from './numbers.js';
import { attributed, personaEmotions, touchpointEmotion } from './persona-emotions.js';

/** Turns a linked journey into its plain model. Pure: reads the AST, writes nothing back. */
export function buildJourneyModel(journey: ast.Journey): JourneyModel {
    const resolvedBy = resolversByBarrier(journey);
    const drafts = journey.stages.map(stage => ({
        stage,
        touchpoints: stage.touchpoints.map(touchpoint => touchpointDraft(touchpoint, stage.name))
    }));
    const flow = buildFlowGraph(drafts.flatMap(draft => draft.touchpoints));
    const stages = drafts.map(({ stage, touchpoints }): StageModel => {
        const barriers = stage.barriers.map(barrier => barrierModel(barrier, stage.name, resolvedBy.get(barrier) ?? []));
        const metrics = stage.metrics.map(metric => metricModel(metric, stage.name));
        const questions = stage.questions.map(question => questionModel(question, stage.name));
        const reachedTouchpoints = touchpoints.map(touchpoint => ({ ...touchpoint, reachable: flow.reachable.has(touchpoint.name) }));
        return omitUndefined({
            name: stage.name,
            title: stage.title,
            owner: stage.owner,
            touchpoints: reachedTouchpoints,
            barriers,
            opportunities: stage.opportunities.map(opportunity => opportunityModel(opportunity, stage.name)),
            metrics,
            questions,
            coverage: stageCoverage({ touchpoints, metrics, questions, barriers })
        });
    });
    return omitUndefined({
        name: journey.name,
        title: journey.title,
        product: journey.product,
        state: journey.state ?? 'current',
        owner: journey.owner,
        reviewed: journey.reviewed,
        objective: journey.objective,
        problem: journey.problem,
        targets: journey.targets.map(refName),
        personas: usedPersonas(journey),
        channels: usedChannels(journey),
        stages,
        flows: flow.edges
    });
}

function touchpointDraft(touchpoint: ast.Touchpoint, stage: string): Omit<TouchpointModel, 'reachable'> {
    const emotions = personaEmotions(touchpoint, refName);
    return omitUndefined({
        name: touchpoint.name,
        title: touchpoint.title,
        stage,
        channels: touchpoint.channels.map(refName),
        personas: touchpoint.personas.map(refName),
        emotion: touchpointEmotion(touchpoint, emotions),
        emotions,
        description: touchpoint.description,
        owner: touchpoint.owner,
        actions: touchpoint.actions.map(action => action.text),
        thoughts: touchpoint.thoughts.map(thought => thought.text),
        personaActions: attributed(touchpoint.actions, touchpoint, refName),
        personaThoughts: attributed(touchpoint.thoughts, touchpoint, refName),
        arrows: touchpoint.flows.map(refName)
    });
}

function barrierModel(barrier: ast.Barrier, stage: string, resolvedBy: string[]): BarrierModel {
    return omitUndefined({
        name: barrier.name,
        title: barrier.title,
        stage,
        touchpoint: barrier.touchpoint ? refName(barrier.touchpoint) : undefined,
        severity: barrier.severity ?? 'medium',
        // An empty mitigation is a place left to write one (a quick fix adds it): it mitigates nothing.
        mitigations: barrier.mitigations.filter(text => text.trim() !== ''),
        resolvedBy,
        mitigated: barrier.mitigations.some(text => text.trim() !== '') || resolvedBy.length > 0
    });
}

function opportunityModel(opportunity: ast.Opportunity, stage: string): OpportunityModel {
    return omitUndefined({
        name: opportunity.name,
        title: opportunity.title,
        stage,
        resolves: opportunity.resolves.map(refName),
        description: opportunity.description
    });
}

function metricModel(metric: ast.Metric, stage: string): MetricModel {
    const baseline = metricValue(metric.baseline);
    const target = metricValue(metric.target);
    const actual = metricValue(metric.actual);
    const direction = resolveDirection(metric.direction, baseline, target);
    return omitUndefined({
        name: metric.name,
        title: metric.title,
        stage,
        baseline,
        target,
        actual,
        source: metric.source,
        measured: metric.measured,
        direction,
        met: isMet(direction, target, actual),
        unitsAgree: unitsAgree([baseline, target, actual])
    });
}

function metricValue(value: ast.MetricValue | undefined): MetricValue | undefined {
    const number = usableNumber(value?.value);
    if (!value || number === undefined) {
        return undefined;
    }
    const unit = value.percent ? '%' : value.unit;
    return unit === undefined ? { value: number } : { value: number, unit };
}

function questionModel(question: ast.Question, stage: string): QuestionModel {
    return {
        text: question.text,
        stage,
        answers: question.answers.map(answer => omitUndefined({
            text: answer.text,
            source: answer.source,
            date: answer.date,
            sample: usableNumber(answer.sample)
        }))
    };
}

function resolversByBarrier(journey: ast.Journey): Map<ast.Barrier, string[]> {
    const resolvers = new Map<ast.Barrier, string[]>();
    for (const opportunity of journey.stages.flatMap(stage => stage.opportunities)) {
        for (const barrier of opportunity.resolves.map(ref => ref.ref).filter(isDefined)) {
            resolvers.set(barrier, [...resolvers.get(barrier) ?? [], opportunity.name]);
        }
    }
    return resolvers;
}

function usedPersonas(journey: ast.Journey): PersonaModel[] {
    const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
    const referenced = [...journey.targets, ...touchpoints.flatMap(touchpoint => [...touchpoint.personas, ...personaRefsInBody(touchpoint)])].map(ref => ref.ref);
    return distinct([...journey.personas, ...referenced.filter(isDefined)]).map(personaModel);
}

function personaRefsInBody(touchpoint: ast.Touchpoint): Array<Reference<ast.Persona>> {
    return [...touchpoint.emotions, ...touchpoint.actions, ...touchpoint.thoughts].flatMap(entry => entry.personas);
}

/** A persona's model; its scope follows from where it is declared. */
export function personaModel(persona: ast.Persona): PersonaModel {
    return omitUndefined({
        name: persona.name,
        title: persona.title,
        scope: scopeOf(persona),
        role: persona.role,
        attributes: persona.attributes.map(({ kind, value }) => ({ kind, value }))
    });
}

function usedChannels(journey: ast.Journey): ChannelModel[] {
    const referenced = journey.stages.flatMap(stage => stage.touchpoints).flatMap(touchpoint => touchpoint.channels).map(ref => ref.ref);
    return distinct([...journey.channels, ...referenced.filter(isDefined)]).map(channelModel);
}

/** A channel's model; its scope follows from where it is declared. */
export function channelModel(channel: ast.Channel): ChannelModel {
    return omitUndefined({
        name: channel.name,
        title: channel.title,
        scope: scopeOf(channel),
        kind: channel.kind,
        description: channel.description
    });
}

function scopeOf(declaration: ast.Persona | ast.Channel): 'journey' | 'workspace' {
    return declaration.$container.$type === 'Journey' ? 'journey' : 'workspace';
}

function refName(ref: Reference): string {
    return ref.ref ? (ref.ref as { name?: string }).name ?? ref.$refText : ref.$refText;
}

function distinct<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

/** Drops absent optional fields so that the model serialises the same way it compares. */
function omitUndefined<T extends object>(value: T): T {
    for (const key of Object.keys(value) as Array<keyof T>) {
        if (value[key] === undefined) {
            delete value[key];
        }
    }
    return value;
}
