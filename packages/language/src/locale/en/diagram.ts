import type { BarrierSeverity, PersonaRole } from '../../model/journey-model.js';
import type { DiagramWords } from '../diagram-words.js';

const SEVERITY_EN: Readonly<Record<BarrierSeverity, string>> = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' };
const ROLE_EN: Readonly<Record<PersonaRole, string>> = { buyer: 'buyer', user: 'user', decider: 'decider', influencer: 'influencer' };

export const diagram: DiagramWords = {
    objective: 'Objective',
    problem: 'Problem',
    targets: 'Targets',
    via: 'via',
    for: 'for',
    resolves: 'resolves',
    severity: severity => `severity: ${SEVERITY_EN[severity]}`,
    lanes: { action: 'Does', thought: 'Thinks', emotion: 'Feels', metric: 'Metrics', research: 'Research' },
    quote: text => `\u201c${text}\u201d`,
    actual: 'actual',
    met: 'met',
    notMet: 'not met',
    answered: (answered, questions) => `Questions answered: ${answered}/${questions}`,
    newestEvidence: date => `Newest evidence: ${date}`,
    stale: 'stale',
    staleAnswers: (stale, dated) => `${stale} of ${dated} dated answers stale`,
    role: role => ROLE_EN[role],
    customer: 'Customer',
    goal: 'Goal',
    need: 'Need',
    view: 'View',
    legend: { title: 'Legend', next: 'next', branch: 'branch', loopBack: 'loop back', otherStage: 'other stage' }
};
