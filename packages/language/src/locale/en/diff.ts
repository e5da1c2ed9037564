import type { DiffWords } from '../diff-words.js';
import { BARRIER_SEVERITY, CHANNEL_KIND, JOURNEY_STATE } from './terms.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export const diff: DiffWords = {
    heading: 'Journey map changes',
    noChanges: 'No changes in meaning.',
    summary: (total, added, removed, changed) => {
        const counts = [[added, 'added'], [removed, 'removed'], [changed, 'changed']].filter(([count]) => count !== 0).map(([count, word]) => `${count} ${word}`);
        return total === 0 ? 'no changes' : `${plural(total, 'change')}: ${counts.join(', ')}`;
    },
    element: {
        journey: 'journey', stage: 'stage', touchpoint: 'touchpoint', barrier: 'barrier', opportunity: 'opportunity',
        metric: 'metric', question: 'question', persona: 'persona', channel: 'channel'
    },
    change: { added: 'added', removed: 'removed', changed: 'changed' },
    columns: { change: 'Change', element: 'Element', detail: 'Detail' },
    inStage: (element, stage) => `${element} in ${stage}`,
    none: '(none)',
    field: {
        name: 'id', title: 'title', stage: 'stage', via: 'channel', for: 'personas', emotion: 'emotion', description: 'description',
        owner: 'owner', actions: 'actions', thoughts: 'thoughts', at: 'at', severity: 'severity', mitigations: 'mitigation',
        resolves: 'resolves', baseline: 'baseline', target: 'target', actual: 'actual', source: 'source', measured: 'measured',
        direction: 'direction', answers: 'answers', text: 'text', order: 'stage order', product: 'product', state: 'state',
        reviewed: 'reviewed', objective: 'objective', problem: 'problem', kind: 'kind', role: 'role', goal: 'goal', need: 'need', quote: 'quote'
    },
    values: { severity: BARRIER_SEVERITY, state: JOURNEY_STATE, kind: CHANNEL_KIND },
    personaEmotion: persona => `emotion of ${persona}`,
    flow: (to, from) => `flow now goes to ${to} (was ${from})`,
    flowEnds: 'the end of the journey',
    noMitigation: 'no mitigation',
    newBadge: 'new',
    views: { old: 'Old', new: 'New', marked: 'Changes marked', label: 'Which picture', changes: 'Changes' }
};
