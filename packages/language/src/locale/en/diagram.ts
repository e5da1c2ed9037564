import type { JourneyState, PersonaRole } from '../../model/journey-model.js';
import type { DiagramWords } from '../diagram-words.js';
import { BARRIER_SEVERITY, EVIDENCE_SOURCE, OWNER, PERSONA_ATTRIBUTE, REVIEWED } from './terms.js';

const ROLE_EN: Readonly<Record<PersonaRole, string>> = { buyer: 'buyer', user: 'user', decider: 'decider', influencer: 'influencer' };
const STATE_EN: Readonly<Record<JourneyState, string>> = { current: 'Current state', future: 'Future state', research: 'Research' };

export const diagram: DiagramWords = {
    objective: 'Objective',
    problem: 'Problem',
    targets: 'Targets',
    product: 'Product',
    owner: OWNER,
    reviewed: REVIEWED,
    state: state => STATE_EN[state],
    channels: count => count === 1 ? 'Channel' : 'Channels',
    personas: count => count === 1 ? 'Persona' : 'Personas',
    resolves: 'Resolves',
    severity: severity => `Severity: ${BARRIER_SEVERITY[severity]}`,
    severityName: severity => BARRIER_SEVERITY[severity],
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
    evidenceSource: source => EVIDENCE_SOURCE[source],
    sample: size => `n=${size}`,
    openQuestion: 'Open question',
    more: count => `+${count} more`,
    stale: 'stale',
    role: role => ROLE_EN[role],
    customer: 'Customer',
    goal: PERSONA_ATTRIBUTE.goal,
    need: PERSONA_ATTRIBUTE.need,
    view: 'View',
    legend: { title: 'Legend', next: 'next', branch: 'branch', loopBack: 'loop back', otherStage: 'other stage' },
    colours: { emotion: 'Emotion', levels: ['very negative', 'negative', 'neutral', 'positive', 'very positive'], severity: 'Barrier severity' }
};
