/**
 * What each lint rule says when it reports, keyed by rule id and then by message: one
 * sentence with a full stop, the map's names in backticks. The rule ids and their
 * summaries and help (validation/rules.ts) stay English: SARIF and the docs read those.
 */

/** The kinds of declaration a message names (an AST type: `Persona`, `Stage`, ...). */
export type DeclarationKind = 'Persona' | 'Channel' | 'Journey' | 'Stage' | 'Touchpoint' | 'Barrier' | 'Opportunity' | 'Metric';

/** What carries a date of evidence: a journey's `reviewed`, a metric's `measured`, an answer's `date`. */
export type EvidenceKind = 'Journey' | 'Metric' | 'Answer';

/** The entries of a touchpoint that may name their personas. */
export type EntryKind = 'emotion' | 'action' | 'thought';

export interface RuleWords {
    /** A kind of declaration as a message names it. */
    kinds: Readonly<Record<DeclarationKind, string>>;
    'unresolved-reference': {
        /** `journey` is the journey searched (none outside one); `shared` kinds are also looked up in the workspace; `broken` is a file with syntax errors that may declare it. */
        notFound: (kind: DeclarationKind, written: string, journey: string | undefined, shared: boolean, nearest: string | undefined, broken: string | undefined) => string;
    };
    'duplicate-name': {
        /** `elsewhere`: the other file declaring it, relative to this one; none when it is this file. */
        topLevel: (kind: DeclarationKind, name: string, elsewhere: string | undefined) => string;
        member: (kind: DeclarationKind, journey: string, name: string) => string;
    };
    'invalid-date': { notADate: (value: string) => string };
    'invalid-number': { tooLarge: () => string; unreadable: () => string };
    'internal-error': { failed: (cause: string) => string };
    'stage-needs-metric': { missing: (stage: string) => string };
    'stage-needs-research': { missing: (stage: string) => string };
    'required-stage': { missing: (journey: string, stage: string) => string };
    'stage-order': { misplaced: (stage: string, after: string) => string };
    'emotion-range': { outOfRange: (emotion: number) => string };
    'duplicate-emotion': { unnamed: (touchpoint: string) => string; persona: (persona: string, touchpoint: string) => string };
    'persona-not-on-touchpoint': { notOnTouchpoint: (entry: EntryKind, persona: string, touchpoint: string) => string };
    'future-date': { future: (kind: EvidenceKind, date: string, days: number, today: string) => string };
    'metric-unit-mismatch': {
        /** `unit` and `referenceUnit` are `%`, a unit string, or '' for a plain number. */
        mismatch: (metric: string, property: string, unit: string, referenceProperty: string, referenceUnit: string) => string;
    };
    'unanswered-question': { unanswered: (question: string) => string };
    'stale-evidence': { stale: (kind: EvidenceKind, date: string, days: number, maxDays: number) => string };
    'metric-needs-target': { missing: (metric: string) => string };
    'empty-stage': { missing: (stage: string) => string };
    'touchpoint-needs-channel': { missing: (touchpoint: string) => string };
    'unused-persona': { unused: (persona: string) => string };
    'unused-channel': { unused: (channel: string) => string };
    'uncovered-persona': { uncovered: (persona: string, journey: string) => string };
    'persona-without-emotion': { noEmotion: (persona: string, journey: string) => string };
    'unreachable-touchpoint': { unreachable: (touchpoint: string) => string };
    'barrier-needs-mitigation': { unmitigated: (barrier: string) => string };
    'journey-needs-objective': { missing: (journey: string) => string };
    'journey-needs-problem': { missing: (journey: string) => string };
    'journey-needs-target': { missing: (journey: string) => string };
    'unused-suppression': { noRule: () => string; unknownRule: (rule: string) => string; notAtTop: (rule: string) => string; unused: (rule: string) => string };
}
