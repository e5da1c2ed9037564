/** The plain structure of a generated map (see map-arbitrary.ts), and how to read it. */
export interface GenComment {
    style: 'line' | 'block';
    text: string;
}

export interface Commented {
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
