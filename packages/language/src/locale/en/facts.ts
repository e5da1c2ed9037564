import type { FactWords } from '../fact-words.js';
import { PERSONA_ATTRIBUTE } from './terms.js';

function plural(count: number, word: string): string {
    return count === 1 ? word : `${word}s`;
}

export const facts: FactWords = {
    kinds: {
        persona: 'persona', channel: 'channel', journey: 'journey', stage: 'stage',
        touchpoint: 'touchpoint', barrier: 'barrier', opportunity: 'opportunity', metric: 'metric'
    },
    attributes: (kind, count) => plural(count, PERSONA_ATTRIBUTE[kind]),
    channelKind: kind => kind === undefined ? 'Channel, neither online nor offline given.' : `${kind === 'online' ? 'Online' : 'Offline'} channel.`,
    local: journey => `Local to journey \`${journey}\`.`,
    shared: file => `Shared by the workspace, declared in ${file}.`,
    target: 'Target',
    stages: 'Stages',
    notCalendarDate: 'not a calendar date',
    stageOf: (position, total, journey) => `Stage ${position} of ${total} in journey \`${journey}\`.`,
    coverage: { touchpoints: 'Touchpoints', metrics: 'Metrics', questions: 'Questions', barriers: 'Barriers' },
    withTarget: (count, withTarget) => `${count}, ${withTarget} with a target`,
    answered: (count, answered) => `${count}, ${answered} answered`,
    mitigated: (count, mitigated) => `${count}, ${mitigated} mitigated`,
    inStage: (stage, journey) => `In stage ${stage} of journey \`${journey}\`.`,
    // English says `Via` and `For` of one channel or persona as of several.
    via: _count => 'Via',
    for: _count => 'For',
    next: 'Next',
    end: 'the journey ends here',
    unreachable: '**Unreachable:** no flow leads here from the journey\'s first touchpoint.',
    outsideScale: 'outside -2..+2',
    notGiven: 'not given',
    at: 'At',
    mitigations: 'Mitigations',
    notMitigated: '**Not mitigated:** no mitigation and no opportunity resolves it.',
    resolvedSeverity: severity => `severity ${severity}`,
    values: { baseline: 'baseline', target: 'target', actual: 'actual' },
    noValues: 'No values yet.',
    direction: direction => `Direction: ${direction} (${direction === 'up' ? 'higher' : 'lower'} is better)`,
    noTarget: 'no target yet',
    unitsDiffer: '**Units differ** between baseline, target and actual.',
    answerTo: question => `**answer** to \u201c${question}\u201d`,
    from: source => `From ${source}`,
    noSource: 'Source not given',
    sample: size => `sample ${size}`,
    dated: (date, age) => `Dated ${date}: ${age}`,
    notDated: 'Not dated: its age is unknown.',
    age: {
        old: (days, months, today) => `${days} ${plural(days, 'day')} old${months >= 1 ? ` (about ${months} ${plural(months, 'month')})` : ''} on ${today}`,
        after: (days, today) => `${days} ${plural(days, 'day')} after today (${today}).`,
        fresh: maxAgeDays => `fresh, within evidenceMaxAgeDays (${maxAgeDays}).`,
        stale: maxAgeDays => `**stale**, older than evidenceMaxAgeDays (${maxAgeDays}).`
    }
};
