/**
 * The report's and the pages' own words (not the map's): the Markdown report's headings,
 * labels and table headers, and the HTML page's controls. Every map name stands after a
 * label (`Touchpoint: Landing`), never after a preposition, so Russian needs no declension.
 */
import type { BarrierSeverity, ChannelKind, EvidenceSource, JourneyState, PersonaAttributeKind } from '../model/journey-model.js';

export interface ReportWords {
    headings: {
        brief: string;
        personas: string;
        channels: string;
        diagram: string;
        /** A stage's heading: `Stage: Awareness`. */
        stage: string;
        touchpoints: string;
        lived: string;
        barriers: string;
        opportunities: string;
        metrics: string;
        questions: string;
        coverage: string;
        diagnostics: string;
    };
    /** Labels of the brief, each before a value. */
    brief: { journey: string; product: string; state: string; objective: string; problem: string; targets: string; view: string; owner: string; reviewed: string };
    state: Readonly<Record<JourneyState, string>>;
    role: string;
    attribute: Readonly<Record<PersonaAttributeKind, string>>;
    channels: { channel: string; kind: string; description: string };
    channelKind: Readonly<Record<ChannelKind, string>>;
    touchpoints: { touchpoint: string; channels: string; personas: string; emotion: string; then: string };
    /** A touchpoint from which the flow goes nowhere. */
    end: string;
    /** Labels of a touchpoint's details. */
    lived: { description: string; owner: string; does: string; thinks: string };
    barrier: { severity: string; touchpoint: string; mitigation: string; resolvedBy: string; notMitigated: string };
    severity: Readonly<Record<BarrierSeverity, string>>;
    opportunity: { resolves: string; description: string };
    metrics: { metric: string; baseline: string; target: string; actual: string; status: string; source: string; measured: string };
    metricStatus: { met: string; notMet: string; noActual: string; noTarget: string };
    /** After a date older than the evidence age limit. */
    stale: string;
    answer: { source: string; date: string; sample: string; none: string };
    evidenceSource: Readonly<Record<EvidenceSource, string>>;
    coverage: { stage: string; metrics: string; answered: string; barriers: string; mitigated: string };
    /** `1 of 2`. */
    ofTotal: (count: number, total: number) => string;
    diagnostics: { file: string; line: string; column: string; severity: string; rule: string; message: string; none: string };
    diagnosticSeverity: Readonly<Record<'error' | 'warning' | 'info', string>>;
    /** The HTML page's controls. */
    page: { toolbar: string; zoomIn: string; zoomOut: string; fit: string; fitTitle: string };
}
