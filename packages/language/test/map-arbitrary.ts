/**
 * Generated .cjm maps for property tests (fast-check), as a plain structure that tests
 * can edit, then print.
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

export interface GenComment {
    style: 'line' | 'block';
    text: string;
}

interface Commented {
    /** Printed on the line before the member. */
    comment?: GenComment;
}

export const PERSONA_ATTRIBUTE_KINDS = ['segment', 'goal', 'need', 'motive', 'context', 'habit', 'quote'] as const;

export interface GenPersona extends Commented {
    kind: 'persona';
    name: string;
    title?: string;
    attributes: { kind: typeof PERSONA_ATTRIBUTE_KINDS[number]; value: string }[];
}

export interface GenChannel extends Commented {
    kind: 'channel';
    name: string;
    title?: string;
    channelKind?: 'online' | 'offline';
    description?: string;
}

export const BRIEF_KEYS = ['product', 'state', 'owner', 'reviewed', 'objective', 'problem', 'targets'] as const;
export type BriefKey = typeof BRIEF_KEYS[number];

export interface GenBrief {
    product?: string;
    state?: 'current' | 'future' | 'research';
    owner?: string;
    reviewed?: string;
    objective?: string;
    problem?: string;
    targets: string[];
    /** Print order of the attributes; BRIEF_KEYS when absent. */
    order?: BriefKey[];
}

export interface GenJourney extends Commented {
    kind: 'journey';
    name: string;
    title?: string;
    brief: GenBrief;
    /** Local personas and channels, and the stages in journey order. */
    members: (GenPersona | GenChannel | GenStage)[];
}

export interface GenStage extends Commented {
    kind: 'stage';
    name: string;
    title?: string;
    owner?: string;
    /** Touchpoints in flow order, with the other members anywhere between them. */
    members: GenStageMember[];
}

export type GenStageMember = GenTouchpoint | GenBarrier | GenOpportunity | GenMetric | GenQuestion;

export const TOUCHPOINT_KEYS = ['emotion', 'description', 'owner', 'actions', 'thoughts', 'arrows'] as const;
export type TouchpointKey = typeof TOUCHPOINT_KEYS[number];

export interface GenTouchpoint extends Commented {
    kind: 'touchpoint';
    name: string;
    title?: string;
    channels: string[];
    personas: string[];
    emotion?: number;
    description?: string;
    owner?: string;
    actions: string[];
    thoughts: string[];
    /** Explicit `->` targets (touchpoints of the same journey). */
    arrows: string[];
    /** Print order of the body attributes; TOUCHPOINT_KEYS when absent. */
    order?: TouchpointKey[];
}

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export interface GenBarrier extends Commented {
    kind: 'barrier';
    name: string;
    title?: string;
    at?: string;
    severity?: typeof SEVERITIES[number];
    mitigations: string[];
}

export interface GenOpportunity extends Commented {
    kind: 'opportunity';
    name: string;
    title?: string;
    resolves: string[];
    description?: string;
}

export interface GenMetricValue {
    value: number;
    /** `%`, a unit string, or absent. */
    unit?: string;
}

export const METRIC_KEYS = ['baseline', 'target', 'actual', 'source', 'measured', 'direction'] as const;
export type MetricKey = typeof METRIC_KEYS[number];

export interface GenMetric extends Commented {
    kind: 'metric';
    name: string;
    title?: string;
    baseline?: GenMetricValue;
    target?: GenMetricValue;
    actual?: GenMetricValue;
    source?: string;
    measured?: string;
    direction?: 'up' | 'down';
    /** Print order of the body attributes; METRIC_KEYS when absent. */
    order?: MetricKey[];
}

export const EVIDENCE_SOURCES = ['interview', 'survey', 'analytics', 'support', 'sales', 'experiment', 'review', 'desk'] as const;

export interface GenAnswer {
    text: string;
    source?: typeof EVIDENCE_SOURCES[number];
    date?: string;
    sample?: number;
}

export interface GenQuestion extends Commented {
    kind: 'question';
    text: string;
    answers: GenAnswer[];
}

export interface GenMap {
    declarations: (GenPersona | GenChannel | GenJourney)[];
}

// ---------------------------------------------------------------------------------------
// Reading a generated map

export function journeysOf(map: GenMap): GenJourney[] {
    return map.declarations.filter((d): d is GenJourney => d.kind === 'journey');
}

export function stagesOf(journey: GenJourney): GenStage[] {
    return journey.members.filter((m): m is GenStage => m.kind === 'stage');
}

/** The members of one kind of a stage, in order: `membersOf(stage, 'touchpoint')`. */
export function membersOf<K extends GenStageMember['kind']>(stage: GenStage, kind: K): Extract<GenStageMember, { kind: K }>[] {
    return stage.members.filter((m): m is Extract<GenStageMember, { kind: K }> => m.kind === kind);
}

/** The touchpoints of a journey in flow order. */
export function touchpointsOf(journey: GenJourney): GenTouchpoint[] {
    return stagesOf(journey).flatMap(stage => membersOf(stage, 'touchpoint'));
}

// ---------------------------------------------------------------------------------------
// Generating

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

// ---------------------------------------------------------------------------------------
// Printing

export interface PrintOptions {
    /** `indented` (default): one member per line; `compact`: as few lines as comments allow. */
    layout?: 'indented' | 'compact';
}

interface Line {
    depth: number;
    text: string;
}

/** The .cjm text of a generated map. */
export function printMap(map: GenMap, options: PrintOptions = {}): string {
    const lines = map.declarations.flatMap(declaration => {
        switch (declaration.kind) {
            case 'persona': return personaLines(declaration, 0);
            case 'channel': return channelLines(declaration, 0);
            case 'journey': return journeyLines(declaration);
        }
    });
    if (options.layout === 'compact') {
        // A line comment ends at the line end; everything else may share a line.
        return lines.map(line => line.text + (line.text.startsWith('//') ? '\n' : ' ')).join('').trimEnd() + '\n';
    }
    return lines.map(line => '  '.repeat(line.depth) + line.text).join('\n') + '\n';
}

/** A string literal: the escapes of language.md. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function header(...parts: (string | false | undefined)[]): string {
    return parts.filter(part => part).join(' ');
}

function commentLines(member: Commented, depth: number): Line[] {
    if (!member.comment) {
        return [];
    }
    const { style, text } = member.comment;
    return [{ depth, text: style === 'line' ? `// ${text}` : `/* ${text} */` }];
}

/** A declaration with an optional `{ body }`; `always` prints the braces even when empty. */
function block(member: Commented, depth: number, head: string, body: string[], always = false): Line[] {
    const lines = commentLines(member, depth);
    if (body.length === 0) {
        return [...lines, { depth, text: always ? `${head} {}` : head }];
    }
    return [...lines, { depth, text: `${head} {` }, ...body.map(text => ({ depth: depth + 1, text })), { depth, text: '}' }];
}

function title(value: string | undefined): string | undefined {
    return value === undefined ? undefined : quote(value);
}

function personaLines(persona: GenPersona, depth: number): Line[] {
    return block(persona, depth, header('persona', persona.name, title(persona.title)),
        persona.attributes.map(({ kind, value }) => `${kind} ${quote(value)}`));
}

function channelLines(channel: GenChannel, depth: number): Line[] {
    return block(channel, depth, header('channel', channel.name, title(channel.title), channel.channelKind),
        channel.description === undefined ? [] : [`description ${quote(channel.description)}`]);
}

function journeyLines(journey: GenJourney): Line[] {
    const { brief } = journey;
    const briefItems: Record<BriefKey, string[]> = {
        product: optional('product', brief.product, quote),
        state: optional('state', brief.state, String),
        owner: optional('owner', brief.owner, quote),
        reviewed: optional('reviewed', brief.reviewed, String),
        objective: optional('objective', brief.objective, quote),
        problem: optional('problem', brief.problem, quote),
        targets: brief.targets.length > 0 ? [`target ${brief.targets.join(', ')}`] : []
    };
    const head = [...commentLines(journey, 0), { depth: 0, text: `${header('journey', journey.name, title(journey.title))} {` }];
    const briefLines = (brief.order ?? BRIEF_KEYS).flatMap(key => briefItems[key]).map(text => ({ depth: 1, text }));
    const members = journey.members.flatMap(member => {
        switch (member.kind) {
            case 'persona': return personaLines(member, 1);
            case 'channel': return channelLines(member, 1);
            case 'stage': return stageLines(member);
        }
    });
    return [...head, ...briefLines, ...members, { depth: 0, text: '}' }];
}

function stageLines(stage: GenStage): Line[] {
    const head = [...commentLines(stage, 1), { depth: 1, text: `${header('stage', stage.name, title(stage.title))} {` }];
    const owner = optional('owner', stage.owner, quote).map(text => ({ depth: 2, text }));
    const members = stage.members.flatMap(member => {
        switch (member.kind) {
            case 'touchpoint': return touchpointLines(member);
            case 'barrier': return block(member, 2, header('barrier', member.name, title(member.title), member.at && `at ${member.at}`, member.severity && `severity ${member.severity}`),
                member.mitigations.map(text => `mitigation ${quote(text)}`));
            case 'opportunity': return block(member, 2, header('opportunity', member.name, title(member.title), member.resolves.length > 0 && `resolves ${member.resolves.join(', ')}`),
                optional('description', member.description, quote));
            case 'metric': return metricLines(member);
            case 'question': return block(member, 2, header('question', quote(member.text)), member.answers.map(answerText));
        }
    });
    return [...head, ...owner, ...members, { depth: 1, text: '}' }];
}

function touchpointLines(touchpoint: GenTouchpoint): Line[] {
    const items: Record<TouchpointKey, string[]> = {
        emotion: optional('emotion', touchpoint.emotion, String),
        description: optional('description', touchpoint.description, quote),
        owner: optional('owner', touchpoint.owner, quote),
        actions: touchpoint.actions.map(text => `action ${quote(text)}`),
        thoughts: touchpoint.thoughts.map(text => `thought ${quote(text)}`),
        arrows: touchpoint.arrows.length > 0 ? [`-> ${touchpoint.arrows.join(', ')}`] : []
    };
    const head = header('touchpoint', touchpoint.name, title(touchpoint.title),
        touchpoint.channels.length > 0 && `via ${touchpoint.channels.join(', ')}`,
        touchpoint.personas.length > 0 && `for ${touchpoint.personas.join(', ')}`);
    return block(touchpoint, 2, head, (touchpoint.order ?? TOUCHPOINT_KEYS).flatMap(key => items[key]));
}

function metricLines(metric: GenMetric): Line[] {
    const items: Record<MetricKey, string[]> = {
        baseline: optional('baseline', metric.baseline, metricValue),
        target: optional('target', metric.target, metricValue),
        actual: optional('actual', metric.actual, metricValue),
        source: optional('source', metric.source, quote),
        measured: optional('measured', metric.measured, String),
        direction: optional('direction', metric.direction, String)
    };
    return block(metric, 2, header('metric', metric.name, title(metric.title)), (metric.order ?? METRIC_KEYS).flatMap(key => items[key]), true);
}

function metricValue({ value, unit }: GenMetricValue): string {
    return unit === undefined ? String(value) : unit === '%' ? `${value}%` : `${value} ${quote(unit)}`;
}

function answerText(answer: GenAnswer): string {
    return header('answer', quote(answer.text), answer.source && `source ${answer.source}`, answer.date && `date ${answer.date}`,
        answer.sample !== undefined && `sample ${answer.sample}`);
}

function optional<T>(keyword: string, value: T | undefined, print: (value: T) => string): string[] {
    return value === undefined ? [] : [`${keyword} ${print(value)}`];
}

// ---------------------------------------------------------------------------------------
// Reordering

/** The same map with everything whose order carries no meaning shuffled (see the module comment). */
export function reorder(map: GenMap, seed: number): GenMap {
    const random = mulberry32(seed);
    return {
        declarations: shuffle(map.declarations, random).map(declaration =>
            declaration.kind === 'journey' ? reorderJourney(declaration, random) : declaration)
    };
}

function reorderJourney(journey: GenJourney, random: () => number): GenJourney {
    const members = shuffleAround(journey.members, member => member.kind === 'stage', random)
        .map(member => member.kind === 'stage' ? reorderStage(member, random) : member);
    return { ...journey, brief: { ...journey.brief, order: shuffle(BRIEF_KEYS, random) }, members };
}

function reorderStage(stage: GenStage, random: () => number): GenStage {
    const members = shuffleAround(stage.members, member => member.kind === 'touchpoint', random).map(member => {
        switch (member.kind) {
            case 'touchpoint': return { ...member, order: shuffle(TOUCHPOINT_KEYS, random) };
            case 'metric': return { ...member, order: shuffle(METRIC_KEYS, random) };
            default: return member;
        }
    });
    return { ...stage, members };
}

/** Shuffles the items but keeps those that are `pinned` in their relative order. */
function shuffleAround<T>(items: readonly T[], pinned: (item: T) => boolean, random: () => number): T[] {
    const inOrder = items.filter(pinned);
    let next = 0;
    return shuffle(items, random).map(item => pinned(item) ? inOrder[next++] : item);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
}

/** A small seeded PRNG, so that a failing property replays with its seed. */
function mulberry32(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
