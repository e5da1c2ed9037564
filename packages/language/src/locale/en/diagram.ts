import type { BarrierSeverity, EvidenceSource, JourneyState, PersonaRole } from '../../model/journey-model.js';
import type { DiagramWords } from '../diagram-words.js';

const SEVERITY_EN: Readonly<Record<BarrierSeverity, string>> = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' };
const ROLE_EN: Readonly<Record<PersonaRole, string>> = { buyer: 'buyer', user: 'user', decider: 'decider', influencer: 'influencer' };
const STATE_EN: Readonly<Record<JourneyState, string>> = { current: 'Current state', future: 'Future state', research: 'Research' };
const SOURCE_EN: Readonly<Record<EvidenceSource, string>> = {
    interview: 'Interview', survey: 'Survey', analytics: 'Analytics', support: 'Support', sales: 'Sales', experiment: 'Experiment', review: 'Reviews', desk: 'Desk research'
};

export const diagram: DiagramWords = {
    objective: 'Objective',
    problem: 'Problem',
    targets: 'Targets',
    product: 'Product',
    owner: 'Owner',
    reviewed: 'Reviewed',
    state: state => STATE_EN[state],
    channels: count => count === 1 ? 'Channel' : 'Channels',
    personas: count => count === 1 ? 'Persona' : 'Personas',
    resolves: 'Resolves',
    severity: severity => `Severity: ${SEVERITY_EN[severity]}`,
    severityName: severity => SEVERITY_EN[severity],
    mitigation: 'Mitigation',
    noMitigation: 'No mitigation',
    noTouchpoints: persona => persona ? 'No touchpoints of this persona in this stage' : 'No touchpoints yet',
    lanes: { action: 'Does', thought: 'Thinks', emotion: 'Feels', metric: 'Metrics', research: 'Research' },
    quote: text => `\u201c${text}\u201d`,
    actual: 'actual',
    met: 'met',
    notMet: 'not met',
    source: 'Source',
    measured: 'Measured',
    evidenceSource: source => SOURCE_EN[source],
    sample: size => `n=${size}`,
    openQuestion: 'Open question',
    more: count => `+${count} more`,
    stale: 'stale',
    role: role => ROLE_EN[role],
    customer: 'Customer',
    goal: 'Goal',
    need: 'Need',
    view: 'View',
    legend: { title: 'Legend', next: 'next', branch: 'branch', loopBack: 'loop back', otherStage: 'other stage' },
    colours: { emotion: 'Emotion', levels: ['very negative', 'negative', 'neutral', 'positive', 'very positive'], severity: 'Barrier severity' }
};
