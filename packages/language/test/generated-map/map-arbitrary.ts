/**
 * Generated .cjm maps for property tests (fast-check), as a plain structure that tests
 * can edit (gen-map.ts), then print (print-map.ts) or reorder (reorder-map.ts).
 *
 *     fc.assert(fc.asyncProperty(mapArbitrary(), fc.integer(), async (map, seed) => {
 *         const text = printMap(map);                      // valid .cjm, no syntax errors
 *         const same = printMap(reorder(map, seed));       // same meaning, other order
 *         const compact = printMap(map, { layout: 'compact' });
 *     }));
 *
 * - `mapArbitrary(options)`: top-level personas and channels, journeys with a brief,
 *   local personas and channels, stages with touchpoints (channels, personas, emotion
 *   -2..2, explicit arrows), barriers (at a touchpoint, severity, mitigations),
 *   opportunities resolving barriers, metrics (baseline, target, actual) and questions
 *   with answers (source, date). Names are unique in the whole map, Latin and Cyrillic;
 *   every reference resolves; texts hold quotes, backslashes, newlines and Cyrillic.
 *   Members may carry a `//` or `/* *\/` comment, printed on the line before them.
 * - `printMap(map, { layout })`: the .cjm text; `indented` (default, one member per line,
 *   two spaces per level) or `compact` (as few lines as the comments allow).
 * - `reorder(map, seed)`: the same map with everything whose order carries no meaning
 *   shuffled: top-level declarations, the personas and channels among a journey's stages,
 *   the barriers, opportunities, metrics and questions among a stage's touchpoints, and
 *   the attributes of briefs, touchpoint bodies and metric bodies. The order of stages,
 *   of touchpoints, and of repeated values (actions, arrows, answers...) is kept.
 *   Comments move with their members.
 */
import fc from 'fast-check';
import {
    EVIDENCE_SOURCES, PERSONA_ATTRIBUTE_KINDS, SEVERITIES, type GenBarrier, type GenChannel, type GenComment, type GenJourney, type GenMap, type GenMetric, type GenMetricValue, type GenOpportunity, type GenPersona, type GenQuestion, type GenStage, type GenTouchpoint
} from './gen-map.js';

export interface MapArbitraryOptions {
    maxJourneys?: number;
    maxStages?: number;
    /** Per stage. */
    maxTouchpoints?: number;
    /** Generate comments (default true). */
    comments?: boolean;
}

const WORDS = ['Landing', 'page', 'Оформление', 'заявки', 'цена: 100%', 'say "hi"', 'back\\slash', '#tag', 'a; b',
    'ёжик', 'Σ', 'two\nlines', "it's", 'Клиент ждёт', 'sign-up'];
const COMMENT_WORDS = ['note', 'заметка', 'TODO', 'a/b', '**', '"quoted"', 'ёлка', '-> not an arrow', '{ braces }'];
const LATIN_NAMES = { persona: 'Persona', channel: 'Channel', journey: 'Journey', stage: 'Stage', touchpoint: 'Step', barrier: 'Barrier', opportunity: 'Idea', metric: 'Metric' };
const CYRILLIC_NAMES = { persona: 'Персона', channel: 'Канал', journey: 'Путь', stage: 'Этап', touchpoint: 'Шаг', barrier: 'Барьер', opportunity: 'Идея', metric: 'Метрика' };
type NamedKind = keyof typeof LATIN_NAMES;

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map(words => words.join(' '));
const dateArb = fc.record({ y: fc.integer({ min: 2024, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
// Integers and one-decimal numbers: what people write, and what prints back unchanged.
const numberArb = fc.integer({ min: -50, max: 2000 }).chain(n => fc.constantFrom(n, n / 10));
const metricValueArb: fc.Arbitrary<GenMetricValue> = fc.record({ value: numberArb, unit: fc.constantFrom('%', 'sec', 'руб') }, { requiredKeys: ['value'] });

/** A sized shape first (how many of each), names from it, then contents that may refer to those names. */
interface Shape {
    personas: number;
    channels: number;
    journeys: { personas: number; channels: number; stages: { touchpoints: number; barriers: number; opportunities: number; metrics: number; questions: number }[] }[];
}

function shapeArb(options: Required<MapArbitraryOptions>): fc.Arbitrary<Shape> {
    const stage = fc.record({
        touchpoints: fc.integer({ min: 0, max: options.maxTouchpoints }),
        barriers: fc.integer({ min: 0, max: 2 }),
        opportunities: fc.integer({ min: 0, max: 2 }),
        metrics: fc.integer({ min: 0, max: 2 }),
        questions: fc.integer({ min: 0, max: 2 })
    });
    const journey = fc.record({
        personas: fc.integer({ min: 0, max: 1 }),
        channels: fc.integer({ min: 0, max: 1 }),
        stages: fc.array(stage, { minLength: 1, maxLength: options.maxStages })
    });
    return fc.record({
        personas: fc.integer({ min: 0, max: 3 }),
        channels: fc.integer({ min: 0, max: 3 }),
        journeys: fc.array(journey, { minLength: 1, maxLength: options.maxJourneys })
    });
}

/** Unique names per kind across the map, alternating Latin and Cyrillic. */
function namer(): (kind: NamedKind) => string {
    const counts = new Map<NamedKind, number>();
    return kind => {
        const index = counts.get(kind) ?? 0;
        counts.set(kind, index + 1);
        return `${(index % 2 === 0 ? LATIN_NAMES : CYRILLIC_NAMES)[kind]}${index}`;
    };
}

/** Generated maps: see the module comment. */
export function mapArbitrary(options: MapArbitraryOptions = {}): fc.Arbitrary<GenMap> {
    const resolved = { maxJourneys: 2, maxStages: 3, maxTouchpoints: 4, comments: true, ...options };
    return shapeArb(resolved).chain(shape => mapOf(shape, resolved.comments));
}

function mapOf(shape: Shape, comments: boolean): fc.Arbitrary<GenMap> {
    const name = namer();
    const personas = times(shape.personas, () => name('persona'));
    const channels = times(shape.channels, () => name('channel'));
    const journeys = shape.journeys.map(journey => journeyArb(journey, name, personas, channels, comments));
    return fc.tuple(fc.tuple(...personas.map(p => personaArb(p, comments))), fc.tuple(...channels.map(c => channelArb(c, comments))), fc.tuple(...journeys))
        .map(([ps, cs, js]) => ({ declarations: [...ps, ...cs, ...js] }));
}

function journeyArb(shape: Shape['journeys'][number], name: (kind: NamedKind) => string, topPersonas: string[], topChannels: string[], comments: boolean): fc.Arbitrary<GenJourney> {
    const journeyName = name('journey');
    const personas = times(shape.personas, () => name('persona'));
    const channels = times(shape.channels, () => name('channel'));
    const stages = shape.stages.map(stage => ({
        name: name('stage'),
        touchpoints: times(stage.touchpoints, () => name('touchpoint')),
        barriers: times(stage.barriers, () => name('barrier')),
        opportunities: times(stage.opportunities, () => name('opportunity')),
        metrics: times(stage.metrics, () => name('metric')),
        questions: stage.questions
    }));
    const scope: Scope = {
        personas: [...topPersonas, ...personas],
        channels: [...topChannels, ...channels],
        touchpoints: stages.flatMap(stage => stage.touchpoints),
        barriers: stages.flatMap(stage => stage.barriers)
    };
    const brief = fc.record({
        product: textArb, state: fc.constantFrom('current', 'future', 'research'), owner: textArb, reviewed: dateArb,
        objective: textArb, problem: textArb, targets: fc.subarray(scope.personas)
    }, { requiredKeys: ['targets'] });
    const stageArbs = stages.map(stage => stageArb(stage, scope, comments));
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        comment: commentArb(comments),
        brief,
        personas: fc.tuple(...personas.map(p => personaArb(p, comments))),
        channels: fc.tuple(...channels.map(c => channelArb(c, comments))),
        stages: fc.tuple(...stageArbs)
    }).map(({ title, comment, brief, personas, channels, stages }) => clean({
        kind: 'journey' as const, name: journeyName, title, comment, brief, members: [...personas, ...channels, ...stages]
    }));
}

/** Names visible in one journey. */
interface Scope {
    personas: string[];
    channels: string[];
    touchpoints: string[];
    barriers: string[];
}

interface StageNames {
    name: string;
    touchpoints: string[];
    barriers: string[];
    opportunities: string[];
    metrics: string[];
    questions: number;
}

function stageArb(stage: StageNames, scope: Scope, comments: boolean): fc.Arbitrary<GenStage> {
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        owner: fc.option(textArb, { nil: undefined, freq: 4 }),
        comment: commentArb(comments),
        touchpoints: fc.tuple(...stage.touchpoints.map(t => touchpointArb(t, scope, comments))),
        barriers: fc.tuple(...stage.barriers.map(b => barrierArb(b, scope, comments))),
        opportunities: fc.tuple(...stage.opportunities.map(o => opportunityArb(o, scope, comments))),
        metrics: fc.tuple(...stage.metrics.map(m => metricArb(m, comments))),
        // Question texts are their identity (the diff's path): unique within the stage.
        questions: fc.uniqueArray(questionArb(comments), { minLength: stage.questions, maxLength: stage.questions, selector: q => q.text })
    }).map(({ title, owner, comment, touchpoints, barriers, opportunities, metrics, questions }) => clean({
        kind: 'stage' as const, name: stage.name, title, owner, comment,
        members: [...touchpoints, ...barriers, ...opportunities, ...metrics, ...questions]
    }));
}

function personaArb(name: string, comments: boolean): fc.Arbitrary<GenPersona> {
    const attribute = fc.record({ kind: fc.constantFrom(...PERSONA_ATTRIBUTE_KINDS), value: textArb });
    return fc.record({ title: fc.option(textArb, { nil: undefined }), attributes: fc.array(attribute, { maxLength: 3 }), comment: commentArb(comments) })
        .map(fields => clean({ kind: 'persona' as const, name, ...fields }));
}

function channelArb(name: string, comments: boolean): fc.Arbitrary<GenChannel> {
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        channelKind: fc.option(fc.constantFrom('online' as const, 'offline' as const), { nil: undefined }),
        description: fc.option(textArb, { nil: undefined, freq: 3 }),
        comment: commentArb(comments)
    }).map(fields => clean({ kind: 'channel' as const, name, ...fields }));
}

function touchpointArb(name: string, scope: Scope, comments: boolean): fc.Arbitrary<GenTouchpoint> {
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        channels: upTo(scope.channels, 2),
        personas: upTo(scope.personas, 2),
        emotion: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined, freq: 4 }),
        description: fc.option(textArb, { nil: undefined, freq: 3 }),
        owner: fc.option(textArb, { nil: undefined, freq: 4 }),
        actions: fc.array(textArb, { maxLength: 2 }),
        thoughts: fc.array(textArb, { maxLength: 2 }),
        // Mostly implicit flow; sometimes arrows, which may point back or to itself.
        arrows: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(scope.touchpoints, { minLength: 1, maxLength: Math.min(2, scope.touchpoints.length) }) }),
        comment: commentArb(comments)
    }).map(fields => clean({ kind: 'touchpoint' as const, name, ...fields }));
}

function barrierArb(name: string, scope: Scope, comments: boolean): fc.Arbitrary<GenBarrier> {
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        at: scope.touchpoints.length > 0 ? fc.option(fc.constantFrom(...scope.touchpoints), { nil: undefined, freq: 4 }) : fc.constant(undefined),
        severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined, freq: 4 }),
        mitigations: fc.array(textArb, { maxLength: 2 }),
        comment: commentArb(comments)
    }).map(fields => clean({ kind: 'barrier' as const, name, ...fields }));
}

function opportunityArb(name: string, scope: Scope, comments: boolean): fc.Arbitrary<GenOpportunity> {
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        resolves: upTo(scope.barriers, 2),
        description: fc.option(textArb, { nil: undefined, freq: 3 }),
        comment: commentArb(comments)
    }).map(fields => clean({ kind: 'opportunity' as const, name, ...fields }));
}

function metricArb(name: string, comments: boolean): fc.Arbitrary<GenMetric> {
    return fc.record({
        title: fc.option(textArb, { nil: undefined }),
        baseline: fc.option(metricValueArb, { nil: undefined, freq: 3 }),
        target: fc.option(metricValueArb, { nil: undefined, freq: 4 }),
        actual: fc.option(metricValueArb, { nil: undefined, freq: 3 }),
        source: fc.option(textArb, { nil: undefined, freq: 4 }),
        measured: fc.option(dateArb, { nil: undefined, freq: 3 }),
        direction: fc.option(fc.constantFrom('up' as const, 'down' as const), { nil: undefined, freq: 4 }),
        comment: commentArb(comments)
    }).map(fields => clean({ kind: 'metric' as const, name, ...fields }));
}

function questionArb(comments: boolean): fc.Arbitrary<GenQuestion> {
    const answer = fc.record({ text: textArb, source: fc.constantFrom(...EVIDENCE_SOURCES), date: dateArb, sample: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: ['text'] });
    return fc.record({ text: textArb, answers: fc.array(answer, { maxLength: 2 }), comment: commentArb(comments) })
        .map(fields => clean({ kind: 'question' as const, ...fields }));
}

function commentArb(enabled: boolean): fc.Arbitrary<GenComment | undefined> {
    const comment = fc.record({
        style: fc.constantFrom('line' as const, 'block' as const),
        text: fc.array(fc.constantFrom(...COMMENT_WORDS), { minLength: 1, maxLength: 3 }).map(words => words.join(' '))
    });
    return enabled ? fc.option(comment, { nil: undefined, freq: 5 }) : fc.constant(undefined);
}

/** Up to `max` distinct names, in their order. */
function upTo(names: string[], max: number): fc.Arbitrary<string[]> {
    return fc.subarray(names, { maxLength: Math.min(max, names.length) });
}

function times<T>(count: number, make: () => T): T[] {
    return Array.from({ length: count }, make);
}

/** Drops keys whose value is undefined, so that absent fields are absent (deep equality, JSON). */
function clean<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
