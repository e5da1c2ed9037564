import type { EvidenceKind, RuleWords } from '../rule-words.js';

const EVIDENCE: Readonly<Record<EvidenceKind, string>> = { Journey: 'Journey review', Metric: 'Measurement', Answer: 'Answer' };

const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'}`;
const unit = (text: string): string => text === '' ? 'no unit' : `\`${text}\``;

const kinds: RuleWords['kinds'] = {
    Persona: 'persona', Channel: 'channel', Journey: 'journey', Stage: 'stage', Touchpoint: 'touchpoint',
    Barrier: 'barrier', Opportunity: 'opportunity', Metric: 'metric'
};

export const rules: RuleWords = {
    kinds,
    'unresolved-reference': {
        notFound: (kind, written, journey, shared, nearest, broken) => {
            const where = `${journey === undefined ? 'this file' : `journey \`${journey}\``}${shared ? ' or the workspace' : ''}`;
            const hint = broken === undefined ? '' : `; ${broken} has syntax errors and may declare it`;
            return `No ${kinds[kind]} \`${written}\` in ${where}${nearest === undefined ? '' : `: perhaps \`${nearest}\``}${hint}.`;
        }
    },
    'duplicate-name': {
        topLevel: (kind, name, elsewhere) => `Another top-level ${kinds[kind]} \`${name}\` is declared ${elsewhere === undefined ? 'in this file' : `in ${elsewhere}`}.`,
        member: (kind, journey, name) => `Journey \`${journey}\` has more than one ${kinds[kind]} \`${name}\`.`
    },
    'invalid-date': { notADate: value => `\`${value}\` is not a calendar date.` },
    'invalid-number': {
        tooLarge: () => 'This number is too large to keep exactly (cjm takes numbers up to 1e15 in size).',
        unreadable: () => 'This number has too many digits to be read (cjm takes numbers up to 1e15 in size).'
    },
    'internal-error': { failed: cause => `Checking this failed inside cjm (${cause}): it counts as failing until this is fixed; please report it with the file.` },
    'stage-needs-metric': { missing: stage => `Stage \`${stage}\` has no metric with a target.` },
    'stage-needs-research': { missing: stage => `Stage \`${stage}\` has no answered research question.` },
    'required-stage': { missing: (journey, stage) => `Journey \`${journey}\` has no stage \`${stage}\` (required by the config).` },
    'stage-order': { misplaced: (stage, after) => `Stage \`${stage}\` comes after \`${after}\`, but the config puts it before.` },
    'emotion-range': { outOfRange: emotion => `Emotion ${emotion} is not an integer from -2 to +2.` },
    'duplicate-emotion': {
        unnamed: touchpoint => `Touchpoint \`${touchpoint}\` already has an emotion without \`for\`.`,
        persona: (persona, touchpoint) => `Persona \`${persona}\` already has an emotion on touchpoint \`${touchpoint}\`.`
    },
    'persona-not-on-touchpoint': {
        notOnTouchpoint: (entry, persona, touchpoint) => `The ${entry} is for \`${persona}\`, but touchpoint \`${touchpoint}\` is not (add it to the touchpoint's \`for\`).`
    },
    'future-date': {
        future: (kind, date, ahead, today) => `${EVIDENCE[kind]} dated ${date} is ${days(ahead)} after today (${today}): evidence cannot come from the future.`
    },
    'metric-unit-mismatch': {
        mismatch: (metric, property, own, reference, referenceUnit) => `The \`${property}\` of metric \`${metric}\` has ${unit(own)}, its \`${reference}\` has ${unit(referenceUnit)}.`
    },
    'unanswered-question': { unanswered: question => `Question \`${question}\` has no answer.` },
    'stale-evidence': { stale: (kind, date, age, maxDays) => `${EVIDENCE[kind]} dated ${date} is ${days(age)} old (more than ${maxDays}).` },
    'metric-needs-target': { missing: metric => `Metric \`${metric}\` has no target.` },
    'empty-stage': { missing: stage => `Stage \`${stage}\` has no touchpoint.` },
    'touchpoint-needs-channel': { missing: touchpoint => `Touchpoint \`${touchpoint}\` has no channel (\`via\`).` },
    'unused-persona': { unused: persona => `No touchpoint or journey target refers to persona \`${persona}\`.` },
    'unused-channel': { unused: channel => `No touchpoint refers to channel \`${channel}\`.` },
    'uncovered-persona': { uncovered: (persona, journey) => `Target persona \`${persona}\` is not the persona of any touchpoint (\`for\`) in journey \`${journey}\`.` },
    'persona-without-emotion': { noEmotion: (persona, journey) => `Target persona \`${persona}\` has no emotion at any touchpoint of journey \`${journey}\`.` },
    'unreachable-touchpoint': { unreachable: touchpoint => `No flow reaches touchpoint \`${touchpoint}\` from the journey's first touchpoint.` },
    'barrier-needs-mitigation': { unmitigated: barrier => `Barrier \`${barrier}\` has no mitigation and no opportunity resolves it.` },
    'journey-needs-objective': { missing: journey => `Journey \`${journey}\` has no objective.` },
    'journey-needs-problem': { missing: journey => `Journey \`${journey}\` has no problem.` },
    'journey-needs-target': { missing: journey => `Journey \`${journey}\` has no target personas.` },
    'unused-suppression': {
        noRule: () => 'This suppression names no rule.',
        unknownRule: rule => `Unknown rule \`${rule}\` in suppression.`,
        notAtTop: rule => `\`cjm-disable ${rule}\` silences nothing: it must stand at the top of the file, before any declaration.`,
        unused: rule => `\`${rule}\` is suppressed here but not reported.`
    }
};
