/**
 * The plain, JSON-safe, resolved model of one journey. It is built once per document
 * build (model/journey-models.ts) and read by validation, and later by the diagram, the
 * exports and the diff; none of them reads the AST for what is here.
 * References are kept as names; a name that did not resolve is kept as written.
 */
export type JourneyState = 'current' | 'future' | 'research';
export type ChannelKind = 'online' | 'offline';
export type BarrierSeverity = 'low' | 'medium' | 'high' | 'critical';
export type Direction = 'up' | 'down';
export type PersonaRole = 'buyer' | 'user' | 'decider' | 'influencer';
export type PersonaAttributeKind = 'segment' | 'goal' | 'need' | 'motive' | 'context' | 'habit' | 'quote';
export type EvidenceSource = 'interview' | 'survey' | 'analytics' | 'support' | 'sales' | 'experiment' | 'review' | 'desk';

export interface PersonaModel {
    name: string;
    title?: string;
    /** `journey` when declared inside the journey, `workspace` when top-level. */
    scope: 'journey' | 'workspace';
    /** Buyer, user, decider or influencer: who buys is often not who uses (B2B, B2B2C). */
    role?: PersonaRole;
    attributes: { kind: PersonaAttributeKind; value: string }[];
}

export interface ChannelModel {
    name: string;
    title?: string;
    scope: 'journey' | 'workspace';
    kind?: ChannelKind;
    description?: string;
}

export interface TouchpointModel {
    name: string;
    title?: string;
    stage: string;
    channels: string[];
    personas: string[];
    /**
     * The touchpoint's one emotion as `cjmVersion: 1` had it: the one written without
     * `for`, else the first persona's. Per persona, read `emotions`.
     */
    emotion?: number;
    /** Each persona's emotion, resolved once (model/persona-emotions.ts). */
    emotions: PersonaEmotion[];
    description?: string;
    owner?: string;
    /** The texts of `actions` and `thoughts`; with their personas in `personaActions` and `personaThoughts`. */
    actions: string[];
    thoughts: string[];
    personaActions: AttributedText[];
    personaThoughts: AttributedText[];
    /** Explicit `->` targets; empty means the flow continues to the next touchpoint. */
    arrows: string[];
    /** Reached by the flow from the journey's first touchpoint. */
    reachable: boolean;
}

/** One persona's emotion at a touchpoint; `persona` is absent where the touchpoint names none. */
export interface PersonaEmotion {
    persona?: string;
    emotion: number;
}

/** What a customer does or thinks, with the personas it belongs to (empty: the touchpoint names none). */
export interface AttributedText {
    text: string;
    personas: string[];
}

export interface FlowEdge {
    from: string;
    to: string;
    /** `next`: implicit next-in-order; `arrow`: an explicit `->`. */
    kind: 'next' | 'arrow';
}

export interface BarrierModel {
    name: string;
    title?: string;
    stage: string;
    touchpoint?: string;
    severity: BarrierSeverity;
    mitigations: string[];
    /** Opportunities that resolve this barrier. */
    resolvedBy: string[];
    mitigated: boolean;
}

export interface OpportunityModel {
    name: string;
    title?: string;
    stage: string;
    resolves: string[];
    description?: string;
}

export interface MetricValue {
    value: number;
    /** `%`, a unit string such as `sec`, or absent for a plain number. */
    unit?: string;
}

export interface MetricModel {
    name: string;
    title?: string;
    stage: string;
    baseline?: MetricValue;
    target?: MetricValue;
    actual?: MetricValue;
    source?: string;
    measured?: string;
    /** Declared, or resolved from baseline and target (language.md). */
    direction: Direction;
    /** Whether `actual` reaches `target` in `direction`; absent without both. */
    met?: boolean;
    /** Baseline, target and actual agree on their unit. */
    unitsAgree: boolean;
}

export interface AnswerModel {
    text: string;
    source?: EvidenceSource;
    date?: string;
    sample?: number;
}

export interface QuestionModel {
    text: string;
    stage: string;
    answers: AnswerModel[];
}

export interface StageCoverage {
    touchpoints: number;
    metrics: number;
    metricsWithTarget: number;
    questions: number;
    answeredQuestions: number;
    barriers: number;
    mitigatedBarriers: number;
}

export interface StageModel {
    name: string;
    title?: string;
    owner?: string;
    touchpoints: TouchpointModel[];
    barriers: BarrierModel[];
    opportunities: OpportunityModel[];
    metrics: MetricModel[];
    questions: QuestionModel[];
    coverage: StageCoverage;
}

export interface JourneyModel {
    name: string;
    title?: string;
    product?: string;
    state: JourneyState;
    owner?: string;
    reviewed?: string;
    objective?: string;
    problem?: string;
    targets: string[];
    /** Every persona the journey declares or refers to, resolved. */
    personas: PersonaModel[];
    /** Every channel the journey declares or refers to, resolved. */
    channels: ChannelModel[];
    stages: StageModel[];
    flows: FlowEdge[];
    /** Set on one persona's view of the journey (model/persona-view.ts): whose view it is. */
    persona?: string;
}
