import { loweredTerms } from '../lowered-terms.js';
import type { ReportWords } from '../report-words.js';
import { BARRIER_SEVERITY, CHANNEL_KIND, EVIDENCE_SOURCE, FINDING_SEVERITY, JOURNEY_STATE, OWNER, PERSONA_ATTRIBUTE, REVIEWED } from './terms.js';

export const report: ReportWords = {
    headings: {
        brief: 'Brief',
        personas: 'Personas',
        channels: 'Channels',
        diagram: 'Journey at a glance',
        stage: 'Stage',
        touchpoints: 'Touchpoints',
        lived: 'Touchpoints in detail',
        barriers: 'Barriers',
        opportunities: 'Opportunities',
        metrics: 'Metrics',
        questions: 'Research questions',
        coverage: 'Coverage',
        diagnostics: 'Diagnostics'
    },
    brief: {
        journey: 'Journey ID', product: 'Product', state: 'State', objective: 'Objective', problem: 'Problem',
        targets: 'Target personas', view: 'View', owner: OWNER, reviewed: REVIEWED
    },
    state: JOURNEY_STATE,
    role: 'Role',
    attribute: PERSONA_ATTRIBUTE,
    channels: { channel: 'Channel', kind: 'Kind', description: 'Description' },
    channelKind: CHANNEL_KIND,
    touchpoints: { touchpoint: 'Touchpoint', channels: 'Channels', personas: 'Personas', emotion: 'Emotion', then: 'Then' },
    end: 'end of the journey',
    lived: { description: 'Description', owner: OWNER, does: 'Does', thinks: 'Thinks' },
    barrier: { severity: 'Severity', touchpoint: 'Touchpoint', mitigation: 'Mitigation', resolvedBy: 'Resolved by', notMitigated: 'Not mitigated yet' },
    severity: BARRIER_SEVERITY,
    opportunity: { resolves: 'Resolves', description: 'Description' },
    metrics: { metric: 'Metric', baseline: 'Baseline', target: 'Target', actual: 'Actual', status: 'Status', source: 'Source', measured: 'Measured' },
    metricStatus: { met: 'met', notMet: 'not met', noActual: 'no actual yet', noTarget: 'no target' },
    stale: 'stale',
    answer: { source: 'Source', date: 'Date', sample: 'Sample', none: 'Not answered yet' },
    evidenceSource: loweredTerms(EVIDENCE_SOURCE, 'en'),
    coverage: { stage: 'Stage', metrics: 'Metrics', answered: 'Answered questions', barriers: 'Barriers', mitigated: 'Mitigated barriers' },
    ofTotal: (count, total) => `${count} of ${total}`,
    diagnostics: { file: 'File', line: 'Line', column: 'Column', severity: 'Severity', rule: 'Rule', message: 'Message', none: 'No problems found.' },
    diagnosticSeverity: FINDING_SEVERITY,
    page: { toolbar: 'Zoom', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', fitTitle: 'Fit to window' }
};
