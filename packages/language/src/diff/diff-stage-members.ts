import type { BarrierModel, JourneyModel, MetricModel, OpportunityModel, QuestionModel, TouchpointModel } from '../model/journey-model.js';
import { sameTitle } from './diff-declarations.js';
import { allSame, existence, field, fieldChanges, personaField, unorderedField, type FieldPair, type LocatedChange } from './fields.js';
import { flowsThrough } from './flows.js';
import { keepsItsPlace } from './keeps-place.js';
import { match, renameMap, type Matching } from './match.js';
import { current, currentAll, type Renames } from './renames.js';
import { feelsAlike } from '../model/feels-alike.js';
import type { ElementKind } from './map-change.js';

/**
 * Touchpoints, barriers, opportunities, metrics and questions of one journey. They are
 * named uniquely in the journey, so they pair by name across stages: one that moved to
 * another stage is a change of its `stage`, not a removal and an addition.
 */
export function diffStageMembers(old: JourneyModel, added: JourneyModel, outer: Renames): LocatedChange[] {
    const journey = added.name;
    const all = <T>(model: JourneyModel, of: (stage: JourneyModel['stages'][number]) => T[]) => model.stages.flatMap(of);

    const touchpoints = matchNamed(all(old, s => s.touchpoints), all(added, s => s.touchpoints), outer, (from, to) => touchpointFields(from, to, outer),
        (from, to) => keepsItsPlace(from, to, { old, added }, outer));
    const renames: Renames = { ...outer, touchpoint: renameMap(touchpoints.renames) };
    const flows = flowChanges(old, added, renames, touchpoints);
    const barriers = matchNamed(all(old, s => s.barriers), all(added, s => s.barriers), renames, (from, to) => barrierFields(from, to, renames));
    const resolved: Renames = { ...renames, barrier: renameMap(barriers.renames) };
    const opportunities = matchNamed(all(old, s => s.opportunities), all(added, s => s.opportunities), resolved, (from, to) => opportunityFields(from, to, resolved));
    const metrics = matchNamed(all(old, s => s.metrics), all(added, s => s.metrics), resolved, (from, to) => metricFields(from, to, resolved));

    const named = <T extends Named>(element: ElementKind, matching: Matching<T>, fields: (from: T, to: T) => FieldPair[]) =>
        changesOf(element, matching, fields, item => [journey, item.stage, item.name], old => [journey, current(resolved.stage, old.stage), old.name], 'name');
    return [
        ...named('touchpoint', touchpoints, (from, to) => [...touchpointFields(from, to, renames), flows(from, to)]),
        ...named('barrier', barriers, (from, to) => barrierFields(from, to, resolved)),
        ...named('opportunity', opportunities, (from, to) => opportunityFields(from, to, resolved)),
        ...named('metric', metrics, (from, to) => metricFields(from, to, resolved)),
        ...diffQuestions(all(old, s => s.questions), all(added, s => s.questions), resolved, journey)
    ];
}

interface Named {
    name: string;
    title?: string;
    stage: string;
}

/**
 * Pairs by name; a renamed element stays in its stage and keeps its title or all its
 * content, or (`samePlace`, for touchpoints) its place in the flow.
 */
function matchNamed<T extends Named>(
    olds: T[], news: T[], renames: Renames, fields: (old: T, added: T) => FieldPair[], samePlace: (old: T, added: T) => boolean = () => false
): Matching<T> {
    return match(olds, news, item => item.name, (old, added) =>
        (current(renames.stage, old.stage) === added.stage && (sameTitle(old, added) || allSame(fields(old, added)))) || samePlace(old, added));
}

function changesOf<T>(
    element: ElementKind, matching: Matching<T>, fields: (old: T, added: T) => FieldPair[],
    newPath: (item: T) => string[], oldPath: (item: T) => string[], identity: 'name' | 'text'
): LocatedChange[] {
    const id = (path: string[]) => path[path.length - 1];
    return [
        ...matching.pairs.flatMap(([old, added]) => fieldChanges(element, newPath(added), fields(old, added))),
        ...matching.renames.flatMap(([old, added]) =>
            fieldChanges(element, newPath(added), [field(identity, id(oldPath(old)), id(newPath(added))), ...fields(old, added)])),
        ...matching.added.map(added => existence('added', element, newPath(added))),
        ...matching.removed.map(old => existence('removed', element, oldPath(old)))
    ];
}

/** The `flow` field of a touchpoint: see flows.ts. */
function flowChanges(old: JourneyModel, added: JourneyModel, renames: Renames, touchpoints: Matching<TouchpointModel>): (old: TouchpointModel, added: TouchpointModel) => FieldPair {
    const shared = new Set([...touchpoints.pairs, ...touchpoints.renames].map(([, to]) => to.name));
    const oldEdges = old.flows.map(edge => ({ ...edge, from: current(renames.touchpoint, edge.from), to: current(renames.touchpoint, edge.to) }));
    const before = flowsThrough(oldEdges, shared);
    const after = flowsThrough(added.flows, shared);
    return (_, to) => field('flow', before.get(to.name), after.get(to.name));
}

function stageField(old: Named, added: Named, renames: Renames): FieldPair {
    return field('stage', current(renames.stage, old.stage), added.stage);
}

function touchpointFields(old: TouchpointModel, added: TouchpointModel, renames: Renames): FieldPair[] {
    return [
        stageField(old, added, renames),
        field('title', old.title, added.title),
        unorderedField('via', currentAll(renames.channel, old.channels), added.channels),
        unorderedField('for', currentAll(renames.persona, old.personas), added.personas),
        ...emotionFields(old, added, renames),
        field('description', old.description, added.description),
        field('owner', old.owner, added.owner),
        field('actions', old.actions, added.actions),
        field('thoughts', old.thoughts, added.thoughts)
    ];
}

/**
 * A touchpoint's emotion. While every persona of it feels the same on both sides (one
 * `emotion` without `for`, as most maps write), the one `emotion` field; else one change
 * per persona whose emotion changed, paired by persona with renames followed.
 */
function emotionFields(old: TouchpointModel, added: TouchpointModel, renames: Renames): FieldPair[] {
    if (feelsAlike(old) && feelsAlike(added)) {
        return [field('emotion', old.emotion, added.emotion)];
    }
    const before = new Map(old.emotions.map(item => [item.persona === undefined ? '' : current(renames.persona, item.persona), item.emotion]));
    const after = new Map(added.emotions.map(item => [item.persona ?? '', item.emotion]));
    return [...new Set([...after.keys(), ...before.keys()])].map(persona =>
        persona === '' ? field('emotion', before.get(''), after.get('')) : personaField('emotion', persona, before.get(persona), after.get(persona)));
}

function barrierFields(old: BarrierModel, added: BarrierModel, renames: Renames): FieldPair[] {
    return [
        stageField(old, added, renames),
        field('title', old.title, added.title),
        field('at', current(renames.touchpoint, old.touchpoint), added.touchpoint),
        field('severity', old.severity, added.severity),
        unorderedField('mitigations', old.mitigations, added.mitigations)
    ];
}

function opportunityFields(old: OpportunityModel, added: OpportunityModel, renames: Renames): FieldPair[] {
    return [
        stageField(old, added, renames),
        field('title', old.title, added.title),
        unorderedField('resolves', currentAll(renames.barrier, old.resolves), added.resolves),
        field('description', old.description, added.description)
    ];
}

/**
 * A metric's direction is resolved from baseline and target when not declared; it counts
 * only while they stay the same, so that a new target is one change, not two.
 */
function metricFields(old: MetricModel, added: MetricModel, renames: Renames): FieldPair[] {
    const values = [field('baseline', old.baseline, added.baseline), field('target', old.target, added.target), field('actual', old.actual, added.actual)];
    return [
        stageField(old, added, renames),
        field('title', old.title, added.title),
        ...values,
        field('source', old.source, added.source),
        field('measured', old.measured, added.measured),
        ...(allSame(values.slice(0, 2)) ? [field('direction', old.direction, added.direction)] : [])
    ];
}

/**
 * Questions have no name: they pair by stage and text, then by text alone (moved to
 * another stage), then by stage and answers (the text was reworded: field `text`).
 */
function diffQuestions(olds: QuestionModel[], news: QuestionModel[], renames: Renames, journey: string): LocatedChange[] {
    const moved = olds.map(question => ({ ...question, stage: current(renames.stage, question.stage) }));
    const inStage = match(moved, news, question => `${question.stage}\n${question.text}`, () => false);
    const across = match(inStage.removed, inStage.added, question => question.text, (old, added) =>
        old.stage === added.stage && old.answers.length > 0 && allSame([answersField(old, added)]));
    const matching: Matching<QuestionModel> = { pairs: [...inStage.pairs, ...across.pairs], renames: across.renames, removed: across.removed, added: across.added };
    const path = (question: QuestionModel) => [journey, question.stage, question.text];
    return changesOf('question', matching, (old, added) => [field('stage', old.stage, added.stage), answersField(old, added)], path, path, 'text');
}

function answersField(old: QuestionModel, added: QuestionModel): FieldPair {
    return unorderedField('answers', old.answers, added.answers);
}
