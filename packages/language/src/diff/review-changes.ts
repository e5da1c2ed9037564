import type { JourneyModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import type { MapModel } from '../model/map-model.js';
import { feelsAlike } from '../model/feels-alike.js';
import { locatedChanges, toMapChange } from './diff-maps.js';
import type { LocatedChange } from './fields.js';
import type { ElementKind, MapChange } from './map-change.js';

/** An attribute of an added element, references given by their titles. */
export interface ContentField {
    field: string;
    /** Whose emotion, by title. */
    persona?: string;
    value: unknown;
}

/**
 * A change as a CX reviewer reads it: the element by its title (its id where it has none,
 * a question by its text) with the title of the stage it is in, names in `from` and `to`
 * given by their titles (`fromTitle`, `toTitle`), and an added element's content. The
 * JSON report prints these: cli.md's fields, and these added.
 */
export interface ReviewedChange extends MapChange {
    title: string;
    stage?: string;
    personaTitle?: string;
    fromTitle?: unknown;
    toTitle?: unknown;
    content?: ContentField[];
    /** The path's segments (a question's text may hold dots). */
    segments: string[];
}

/** Which kind of element a field's value names, for the fields whose values are names. */
const REFERENCES: Readonly<Record<string, ElementKind>> = {
    via: 'channel', for: 'persona', target: 'persona', flow: 'touchpoint', at: 'touchpoint', resolves: 'barrier', stage: 'stage', order: 'stage'
};

/**
 * The changes in the order a reviewer reads the map: the map's own declarations, then
 * each journey's, its stages in their new order (a removed stage's last), each stage's
 * changes in diffMaps' order.
 */
export function reviewMaps(old: MapModel, added: MapModel): ReviewedChange[] {
    const reviewed = locatedChanges(old, added).map(change => review(change, old, added));
    const stages = added.journeys.flatMap(journey => journey.stages.map(stage => `${journey.name}\n${stage.name}`));
    const place = (change: ReviewedChange) => {
        if (change.segments.length < 2 || change.element === 'persona' || change.element === 'channel') {
            return -1;
        }
        const index = stages.indexOf(`${change.segments[0]}\n${change.segments[1]}`);
        return index < 0 ? stages.length : index;
    };
    return reviewed.map((change, index) => ({ change, index, place: place(change) }))
        .sort((a, b) => a.place - b.place || a.index - b.index)
        .map(item => item.change);
}

function review(change: LocatedChange, old: MapModel, added: MapModel): ReviewedChange {
    const side = change.change === 'removed' ? old : added;
    const journey = journeyOf(side, change.segments[0], old === side ? added : old);
    const oldJourney = journeyOf(old, change.segments[0], added);
    const element = change.segments.length === 1 && (change.element === 'persona' || change.element === 'channel')
        ? topLevel(side, change.element, change.segments[0])
        : journey === undefined ? undefined : findElement(journey, change.element, change.segments);
    const stage = element?.stage === undefined || journey === undefined ? undefined : journey.stages.find(item => item.name === element.stage);
    const reference = change.field === undefined ? undefined : REFERENCES[change.field];
    // Old names are read through the renames already: both sides' values name today's elements, or ones since removed.
    const known = [journey, oldJourney].filter(model => model !== undefined);
    const titled = (value: unknown) => reference === undefined || known.length === 0 ? undefined : titles(known, reference, value);
    const reviewed: ReviewedChange = {
        ...toMapChange(change),
        title: element?.title ?? change.segments[change.segments.length - 1],
        segments: change.segments,
        ...optional('stage', stage === undefined ? undefined : stage.title ?? stage.name),
        ...optional('personaTitle', change.persona === undefined || journey === undefined ? undefined : titleOf(journey, 'persona', change.persona)),
        ...optional('fromTitle', change.from === undefined ? undefined : titled(change.from)),
        ...optional('toTitle', change.to === undefined ? undefined : titled(change.to)),
        ...optional('content', change.change === 'added' && journey !== undefined && element !== undefined ? contentOf(journey, change.element, element.model) : undefined)
    };
    return reviewed;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
    return value === undefined ? {} : { [key]: value } as Record<K, V>;
}

/** The journey named so on this side; a renamed journey is the other side's only journey. */
function journeyOf(map: MapModel, name: string, other: MapModel): JourneyModel | undefined {
    return map.journeys.find(journey => journey.name === name)
        ?? (map.journeys.length === 1 && other.journeys.length === 1 ? map.journeys[0] : undefined);
}

/** A persona or channel declared at the top of the map. */
function topLevel(map: MapModel, kind: 'persona' | 'channel', name: string): Found | undefined {
    const declared = (kind === 'persona' ? map.personas : map.channels).find(item => item.name === name);
    return declared === undefined ? undefined : { title: declared.title, model: declared };
}

interface Found {
    title?: string;
    stage?: string;
    model: unknown;
}

function findElement(journey: JourneyModel, kind: ElementKind, segments: string[]): Found | undefined {
    const name = segments[segments.length - 1];
    const members = (of: (stage: StageModel) => Array<{ name?: string; text?: string; title?: string; stage: string }>) =>
        journey.stages.flatMap(of).find(item => (item.name ?? item.text) === name);
    switch (kind) {
        case 'journey':
            return { title: journey.title, model: journey };
        case 'stage': {
            const stage = journey.stages.find(item => item.name === name);
            return stage === undefined ? undefined : { title: stage.title, model: stage };
        }
        case 'persona':
        case 'channel': {
            const declared = (kind === 'persona' ? journey.personas : journey.channels).find(item => item.name === name);
            return declared === undefined ? undefined : { title: declared.title, model: declared };
        }
        case 'question': {
            const question = members(stage => stage.questions);
            return question === undefined ? undefined : { title: question.text, stage: question.stage, model: question };
        }
        default: {
            const found = members(stage => kind === 'touchpoint' ? stage.touchpoints : kind === 'barrier' ? stage.barriers : kind === 'opportunity' ? stage.opportunities : stage.metrics);
            return found === undefined ? undefined : { title: found.title, stage: found.stage, model: found };
        }
    }
}

/** The title of a name of `kind` in the journey, else the name itself. */
export function titleOf(journey: JourneyModel, kind: ElementKind, name: string): string {
    return findElement(journey, kind, [name])?.title ?? name;
}

/** Names in a value as titles, each found in the first journey that has it. */
function titles(journeys: readonly JourneyModel[], kind: ElementKind, value: unknown): unknown {
    const title = (name: string) => journeys.map(journey => findElement(journey, kind, [name])?.title).find(found => found !== undefined) ?? name;
    if (Array.isArray(value)) {
        return value.map(item => typeof item === 'string' ? title(item) : item);
    }
    return typeof value === 'string' ? title(value) : value;
}

/** What a reviewer needs to judge an added element. */
function contentOf(journey: JourneyModel, kind: ElementKind, model: unknown): ContentField[] | undefined {
    const item = (field: string, value: unknown): ContentField[] => value === undefined || (Array.isArray(value) && value.length === 0) ? [] : [{ field, value }];
    switch (kind) {
        case 'touchpoint': {
            const touchpoint = model as TouchpointModel;
            return [
                ...item('via', touchpoint.channels.map(name => titleOf(journey, 'channel', name))),
                ...item('for', touchpoint.personas.map(name => titleOf(journey, 'persona', name))),
                ...touchpointEmotions(journey, touchpoint)
            ];
        }
        case 'barrier': {
            const barrier = model as JourneyModel['stages'][number]['barriers'][number];
            return [
                ...item('at', barrier.touchpoint === undefined ? undefined : titleOf(journey, 'touchpoint', barrier.touchpoint)),
                { field: 'severity', value: barrier.severity },
                { field: 'mitigations', value: barrier.mitigations }
            ];
        }
        case 'opportunity': {
            const opportunity = model as JourneyModel['stages'][number]['opportunities'][number];
            return [...item('resolves', opportunity.resolves.map(name => titleOf(journey, 'barrier', name))), ...item('description', opportunity.description)];
        }
        case 'metric': {
            const metric = model as JourneyModel['stages'][number]['metrics'][number];
            return [...item('baseline', metric.baseline), ...item('target', metric.target), ...item('actual', metric.actual)];
        }
        case 'question':
            return item('answers', (model as JourneyModel['stages'][number]['questions'][number]).answers);
        default:
            return undefined;
    }
}

function touchpointEmotions(journey: JourneyModel, touchpoint: TouchpointModel): ContentField[] {
    if (feelsAlike(touchpoint)) {
        return touchpoint.emotion === undefined ? [] : [{ field: 'emotion', value: touchpoint.emotion }];
    }
    return touchpoint.emotions.map(({ persona, emotion }) => ({
        field: 'emotion', value: emotion, ...(persona === undefined ? {} : { persona: titleOf(journey, 'persona', persona) })
    }));
}
