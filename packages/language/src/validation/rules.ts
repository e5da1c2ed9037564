/**
 * The one registry of rule ids (language.md's table): default severity, a one-line
 * summary and the help text that the CLI, SARIF, hover and the config schema share.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface RuleInfo {
    readonly severity: Severity;
    readonly summary: string;
    readonly help: string;
}

export const RULES = {
    'syntax': {
        severity: 'error',
        summary: 'Text that does not parse.',
        help: 'Fix the text so that it follows the .cjm syntax; attributes that may appear once must not repeat.'
    },
    'unresolved-reference': {
        severity: 'error',
        summary: 'A name that resolves to nothing.',
        help: 'Declare the persona, channel, touchpoint or barrier, or correct the name (names are case-sensitive).'
    },
    'duplicate-name': {
        severity: 'error',
        summary: 'Two declarations of one kind with the same name in one scope.',
        help: 'Rename one of them: top-level personas, channels and journeys are unique in the workspace, everything inside a journey is unique in that journey.'
    },
    'invalid-date': {
        severity: 'error',
        summary: 'A date that is not a real calendar date.',
        help: 'Write the date as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month.'
    },
    'invalid-number': {
        severity: 'error',
        summary: 'A number cjm cannot use: not finite as a double, or past what its attribute takes.',
        help: 'Write the number with at most 15 digits before the decimal point (up to 1e15 in size): no emotion, metric value or sample size needs more.'
    },
    'internal-error': {
        severity: 'error',
        summary: 'Checking the file failed inside cjm, so it is not known to be clean.',
        help: 'Report it with the file that causes it. Until it is fixed the file fails the lint: a map cjm has not checked never passes. It cannot be switched off or suppressed.'
    },
    'stage-needs-metric': {
        severity: 'error',
        summary: 'A stage with no metric that has a target.',
        help: 'Every stage needs a way to know whether it works: add a `metric` with a `target`.'
    },
    'stage-needs-research': {
        severity: 'error',
        summary: 'A stage with no question that has at least one answer.',
        help: 'A map is only as good as its research: add a `question` with an `answer` from interviews, surveys or analytics.'
    },
    'required-stage': {
        severity: 'error',
        summary: 'A stage listed in requiredStages is missing from a journey.',
        help: 'Add the stage to the journey, or change `requiredStages` in cjm.config.json.'
    },
    'stage-order': {
        severity: 'error',
        summary: 'The required stages that are present are not in the configured order.',
        help: 'Reorder the stages to follow `requiredStages` in cjm.config.json.'
    },
    'emotion-range': {
        severity: 'error',
        summary: 'An emotion that is not an integer in -2..+2.',
        help: 'Use -2 (very negative), -1, 0, +1 or +2 (very positive).'
    },
    'duplicate-emotion': {
        severity: 'error',
        summary: 'Two emotions for one persona on one touchpoint (or two without `for`).',
        help: 'Keep one emotion per persona: `emotion 1 for HRManager` and `emotion -1 for Employee`; an emotion without `for` is every other persona\'s.'
    },
    'persona-not-on-touchpoint': {
        severity: 'error',
        summary: 'An emotion, action or thought for a persona that the touchpoint\'s own `for` does not name.',
        help: 'Add the persona to the touchpoint\'s `for`, or correct the name after the entry\'s `for`.'
    },
    'future-date': {
        severity: 'error',
        summary: 'A date of evidence after today.',
        help: 'Evidence cannot come from the future: correct the date (a typo such as 2027 for 2026 would also hide its age from `stale-evidence` for a year).'
    },
    'metric-unit-mismatch': {
        severity: 'error',
        summary: 'Baseline, target and actual of one metric use different units.',
        help: 'Give baseline, target and actual the same unit: all `%`, all the same unit string, or all plain numbers.'
    },
    'unanswered-question': {
        severity: 'warning',
        summary: 'A question with no answer.',
        help: 'Answer the question from research, with its source and date, or remove it.'
    },
    'stale-evidence': {
        severity: 'warning',
        summary: 'Evidence older than evidenceMaxAgeDays.',
        help: 'Refresh the research or the measurement and update its date; maps must be reviewed regularly.'
    },
    'metric-needs-target': {
        severity: 'warning',
        summary: 'A metric with no target.',
        help: 'Add a `target` so that success can be judged.'
    },
    'empty-stage': {
        severity: 'warning',
        summary: 'A stage with no touchpoint.',
        help: 'Add the touchpoints where the customer meets the product in this stage, or remove the stage.'
    },
    'touchpoint-needs-channel': {
        severity: 'warning',
        summary: 'A touchpoint without `via`.',
        help: 'Say through which channel (online or offline) the customer meets this touchpoint: `via Channel`.'
    },
    'unused-persona': {
        severity: 'warning',
        summary: 'A persona no touchpoint or target refers to.',
        help: 'Refer to the persona from a touchpoint (`for`) or a journey `target`, or remove it.'
    },
    'unused-channel': {
        severity: 'warning',
        summary: 'A channel no touchpoint refers to.',
        help: 'Refer to the channel from a touchpoint (`via`), or remove it.'
    },
    'uncovered-persona': {
        severity: 'warning',
        summary: 'A target persona that no touchpoint of the journey is for.',
        help: 'Map the touchpoints this persona goes through (`for Persona`), or drop it from `target`.'
    },
    'persona-without-emotion': {
        severity: 'warning',
        summary: 'A target persona of a journey with several targets that has no emotion at any touchpoint.',
        help: 'Say how this persona feels where it meets the journey (`emotion N for Persona`): the buyer and the user rarely feel the same.'
    },
    'unreachable-touchpoint': {
        severity: 'warning',
        summary: 'A touchpoint no flow reaches from the journey\'s first touchpoint.',
        help: 'Add an arrow (`->`) to it, or remove the arrows that skip it.'
    },
    'barrier-needs-mitigation': {
        severity: 'warning',
        summary: 'A barrier with no mitigation and no opportunity that resolves it.',
        help: 'Add a `mitigation`, or an `opportunity` that `resolves` the barrier.'
    },
    'journey-needs-objective': {
        severity: 'warning',
        summary: 'A journey without objective.',
        help: 'State the business objective the map serves (Cagan\'s first question): `objective "..."`.'
    },
    'journey-needs-problem': {
        severity: 'warning',
        summary: 'A journey without problem.',
        help: 'State the customer problem the product solves: `problem "..."`.'
    },
    'journey-needs-target': {
        severity: 'warning',
        summary: 'A journey without target.',
        help: 'Name the customers the map is for: `target Persona, ...`.'
    },
    'unused-suppression': {
        severity: 'warning',
        summary: 'A suppression comment that silences nothing.',
        help: 'Remove the comment, or correct the rule ids it names.'
    }
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Rules a config or a suppression comment cannot lower: a failure inside cjm never reads as a clean map. */
export const FIXED_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['internal-error']);

/** The rule ids cjm.config.json may set a severity for. */
export const CONFIGURABLE_RULE_IDS = RULE_IDS.filter(id => !FIXED_RULES.has(id));

export function isRuleId(id: string): id is RuleId {
    return Object.hasOwn(RULES, id);
}

/** Where a rule's page lives: the editor links it from the diagnostic's code, SARIF from the rule. */
export function ruleHelpUrl(id: RuleId): string {
    return `https://cjm.dev/rules/${id}`;
}
