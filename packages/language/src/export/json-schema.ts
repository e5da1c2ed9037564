/**
 * The JSON Schema of `cjm export --format json` (shipped as cjm.export.schema.json). Each
 * object's properties are typed as a Record over its model interface, so the compiler
 * keeps the schema and journey-model.ts equal; the property order is also the key order
 * of the export (json.ts).
 */
import type {
    AnswerModel, AttributedText, BarrierModel, BarrierSeverity, ChannelKind, ChannelModel, Direction, EvidenceSource, FlowEdge, JourneyModel,
    JourneyState, MetricModel, MetricValue, OpportunityModel, PersonaEmotion, PersonaModel, PersonaRole, QuestionModel, StageCoverage, StageModel,
    TouchpointModel
} from '../model/journey-model.js';

/** The export format's version: raised when a consumer would have to change. */
export const CJM_EXPORT_VERSION = 1;

/** The subset of JSON Schema draft-07 this schema uses. */
export interface JsonSchema {
    $schema?: string;
    $id?: string;
    title?: string;
    description?: string;
    type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
    const?: unknown;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
    minLength?: number;
    items?: JsonSchema;
    properties?: Readonly<Record<string, JsonSchema>>;
    required?: readonly string[];
    additionalProperties?: false;
    $ref?: string;
    definitions?: Readonly<Record<string, JsonSchema>>;
}

type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];

/**
 * A closed object: every property of T described, the ones not in `optional` required.
 * `optional` is a Record so that forgetting an optional key is a type error too.
 */
function object<T>(description: string, properties: Record<keyof T & string, JsonSchema>, optional: Record<OptionalKeys<T> & string, true>): JsonSchema {
    return {
        description,
        type: 'object',
        additionalProperties: false,
        required: Object.keys(properties).filter(key => !Object.hasOwn(optional, key)),
        properties
    };
}

/** The values of a string union, as a Record so that the compiler checks the list is complete. */
function oneOf<T extends string>(values: Record<T, true>): JsonSchema {
    return { type: 'string', enum: Object.keys(values) };
}

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const text: JsonSchema = { type: 'string' };
const name: JsonSchema = { type: 'string', minLength: 1 };
const names = list(name);
const count: JsonSchema = { type: 'integer', minimum: 0 };
const date: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const scope = oneOf<PersonaModel['scope']>({ journey: true, workspace: true });

const DEFINITIONS = {
    persona: object<PersonaModel>('A persona the journey declares or refers to.', {
        name, title: text, scope,
        role: { ...oneOf<PersonaRole>({ buyer: true, user: true, decider: true, influencer: true }), description: 'Who buys is often not who uses.' },
        attributes: list(object<PersonaModel['attributes'][number]>('A segment, goal, need, ... of the persona.', { kind: name, value: text }, {}))
    }, { title: true, role: true }),
    channel: object<ChannelModel>('A channel the journey declares or refers to.', {
        name, title: text, scope,
        kind: oneOf<ChannelKind>({ online: true, offline: true }),
        description: text
    }, { title: true, kind: true, description: true }),
    touchpoint: object<TouchpointModel>('A touchpoint; channels and personas by name.', {
        name, title: text, stage: name, channels: names, personas: names,
        emotion: { type: 'number', description: 'From -2 (negative) to +2 (positive): the one written without `for`, else the first persona\'s; per persona, see `emotions`.' },
        emotions: { ...list(ref('personaEmotion')), description: 'Each persona\'s emotion, resolved: an emotion without `for` is every persona\'s of the touchpoint that has none of its own.' },
        description: text, owner: text,
        actions: { ...list(text), description: 'The texts; with their personas in `personaActions`.' },
        thoughts: { ...list(text), description: 'The texts; with their personas in `personaThoughts`.' },
        personaActions: list(ref('attributedText')), personaThoughts: list(ref('attributedText')),
        arrows: { ...names, description: 'Explicit `->` targets; empty means the flow continues to the next touchpoint.' },
        reachable: { type: 'boolean', description: 'Reached by the flow from the journey\'s first touchpoint.' }
    }, { title: true, emotion: true, description: true, owner: true }),
    personaEmotion: object<PersonaEmotion>('One persona\'s emotion at a touchpoint.', {
        persona: { ...name, description: 'Absent where the touchpoint names no persona (the journey\'s customer).' },
        emotion: { type: 'number', description: 'From -2 (negative) to +2 (positive).' }
    }, { persona: true }),
    attributedText: object<AttributedText>('What a customer does or thinks, with the personas it is for.', {
        text, personas: { ...names, description: 'Its own `for`, else every persona of the touchpoint; empty when the touchpoint names none.' }
    }, {}),
    flow: object<FlowEdge>('An edge of the flow between touchpoints, by name.', {
        from: name, to: name,
        kind: { ...oneOf<FlowEdge['kind']>({ next: true, arrow: true }), description: '`next`: implicit next-in-order; `arrow`: an explicit `->`.' }
    }, {}),
    barrier: object<BarrierModel>('A barrier, at a touchpoint or the whole stage.', {
        name, title: text, stage: name, touchpoint: name,
        severity: oneOf<BarrierSeverity>({ low: true, medium: true, high: true, critical: true }),
        mitigations: list(text),
        resolvedBy: { ...names, description: 'Opportunities that resolve this barrier.' },
        mitigated: { type: 'boolean' }
    }, { title: true, touchpoint: true }),
    opportunity: object<OpportunityModel>('An opportunity, with the barriers it resolves by name.', {
        name, title: text, stage: name, resolves: names, description: text
    }, { title: true, description: true }),
    value: object<MetricValue>('A metric value: `%`, a unit, or a plain number.', { value: { type: 'number' }, unit: text }, { unit: true }),
    metric: object<MetricModel>('A metric with its values and whether the target is met.', {
        name, title: text, stage: name, baseline: ref('value'), target: ref('value'), actual: ref('value'), source: text, measured: date,
        direction: oneOf<Direction>({ up: true, down: true }),
        met: { type: 'boolean', description: 'Whether actual reaches target in direction; absent without both.' },
        unitsAgree: { type: 'boolean' }
    }, { title: true, baseline: true, target: true, actual: true, source: true, measured: true, met: true }),
    answer: object<AnswerModel>('An answer to a research question, with its evidence.', {
        text,
        source: oneOf<EvidenceSource>({ interview: true, survey: true, analytics: true, support: true, sales: true, experiment: true, review: true, desk: true }),
        date, sample: { type: 'number' }
    }, { source: true, date: true, sample: true }),
    question: object<QuestionModel>('A research question and its answers.', { text, stage: name, answers: list(ref('answer')) }, {}),
    coverage: object<StageCoverage>('Counts per stage, as lint reads them.', {
        touchpoints: count, metrics: count, metricsWithTarget: count, questions: count, answeredQuestions: count, barriers: count, mitigatedBarriers: count
    }, {}),
    stage: object<StageModel>('A stage and everything in it, in source order.', {
        name, title: text, owner: text,
        touchpoints: list(ref('touchpoint')), barriers: list(ref('barrier')), opportunities: list(ref('opportunity')),
        metrics: list(ref('metric')), questions: list(ref('question')), coverage: ref('coverage')
    }, { title: true, owner: true }),
    journey: object<JourneyModel>('The resolved journey; references are names.', {
        name, title: text, product: text,
        state: oneOf<JourneyState>({ current: true, future: true, research: true }),
        owner: text, reviewed: date, objective: text, problem: text, targets: names,
        personas: list(ref('persona')), channels: list(ref('channel')), stages: list(ref('stage')), flows: list(ref('flow')),
        persona: { ...name, description: 'Set on one persona\'s view (`--persona`): whose view of the journey this is.' }
    }, { title: true, product: true, owner: true, reviewed: true, objective: true, problem: true, persona: true })
} satisfies Record<string, JsonSchema>;

/** The JSON Schema of the export document `{ "cjmVersion": 1, "journey": ... }`. */
export const EXPORT_SCHEMA: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://cjm.dev/schema/cjm.export.schema.json',
    title: 'cjm export --format json',
    description: 'One customer journey, resolved: the journey model every cjm feature reads.',
    type: 'object',
    additionalProperties: false,
    required: ['cjmVersion', 'journey'],
    properties: {
        cjmVersion: { const: CJM_EXPORT_VERSION },
        journey: ref('journey')
    },
    definitions: DEFINITIONS
};
