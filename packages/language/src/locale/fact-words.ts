/**
 * What hover says of a declaration (persona, channel, journey, stage, touchpoint, barrier,
 * opportunity, metric, answer) beyond the labels it shares with the picture (`diagram`) and
 * the report (`report`). The map's names only ever follow a label and a colon, so no
 * language has to decline them; counts are labels too (`days: 3`).
 */
import type { ChannelKind, Direction, PersonaAttributeKind } from '../model/journey-model.js';

/** The kinds of declaration a hover heads with its kind: `**touchpoint** \`Signup\``. */
export type DeclarationKind = 'persona' | 'channel' | 'journey' | 'stage' | 'touchpoint' | 'barrier' | 'opportunity' | 'metric';

export interface FactWords {
    kinds: Readonly<Record<DeclarationKind, string>>;
    /** A persona's attributes, one heading per kind, by how many there are: `Goal`, `Needs`. */
    attributes: (kind: PersonaAttributeKind, count: number) => string;
    /** A channel's kind, or that neither is given. */
    channelKind: (kind: ChannelKind | undefined) => string;
    /** Where a persona or channel lives: local to a journey, or shared and declared in a file. */
    local: (journey: string) => string;
    shared: (file: string) => string;
    /** Labels of a journey's facts besides those of the picture. */
    target: string;
    stages: string;
    /** For a date that is not a calendar date. */
    notCalendarDate: string;
    /** A stage's place: `Stage 2 of 3 in journey \`Onboarding\`.` */
    stageOf: (position: number, total: number, journey: string) => string;
    /** Labels and counts of a stage's coverage. */
    coverage: { touchpoints: string; metrics: string; questions: string; barriers: string };
    withTarget: (count: number, withTarget: number) => string;
    answered: (count: number, answered: number) => string;
    mitigated: (count: number, mitigated: number) => string;
    /** Where a stage member stands: its stage (already named) and journey. */
    inStage: (stage: string, journey: string) => string;
    /** A touchpoint's labels besides those of the report; its channels and personas by how many there are. */
    via: (count: number) => string;
    for: (count: number) => string;
    next: string;
    /** A touchpoint from which no flow goes on. */
    end: string;
    unreachable: string;
    /** An emotion outside the scale, and a touchpoint without one. */
    outsideScale: string;
    notGiven: string;
    /** A barrier's touchpoint label, its mitigations' heading, and the mark of one unmitigated. */
    at: string;
    mitigations: string;
    notMitigated: string;
    /** A resolved barrier's severity (its name in `diagram.severityName`), after the barrier's name. */
    resolvedSeverity: (severity: string) => string;
    /** A metric's values, its direction and what it lacks. */
    values: { baseline: string; target: string; actual: string };
    noValues: string;
    direction: (direction: Direction) => string;
    noTarget: string;
    unitsDiffer: string;
    /** An answer: the question it answers, its source and sample, and its date with its age. */
    answerTo: (question: string) => string;
    /** The answer's source, its name in `report.evidenceSource`. */
    from: (source: string) => string;
    noSource: string;
    sample: (size: number) => string;
    dated: (date: string, age: string) => string;
    notDated: string;
    /** How old evidence is on `today`, and whether it is past the limit (stale-evidence). */
    age: {
        old: (days: number, months: number, today: string) => string;
        after: (days: number, today: string) => string;
        fresh: (maxAgeDays: number) => string;
        stale: (maxAgeDays: number) => string;
    };
}
