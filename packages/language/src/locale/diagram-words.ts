/**
 * The picture's own words (not the map's): the header, the boxes, the lanes and the legends
 * read them. The map's names only ever follow a label and a colon (`Channel: Email`), so no
 * language has to decline them.
 */
import type { BarrierSeverity, EvidenceSource, JourneyState, PersonaRole } from '../model/journey-model.js';
import type { LaneKind } from '../diagram/diagram-layout.js';

export interface DiagramWords {
    objective: string;
    problem: string;
    targets: string;
    /** The header's labelled fields: `Product: Flowboard`, `Owner: revenue-ops`, `Reviewed: 2026-10-14`. */
    product: string;
    owner: string;
    reviewed: string;
    /** The state badge: `Current state`, `Future state`, `Research`. */
    state: (state: JourneyState) => string;
    /** Labels of a touchpoint's channels and personas, by how many there are: `Channel: Email`, `Personas: Founder, CFO`. */
    channels: (count: number) => string;
    personas: (count: number) => string;
    /** Label of the barriers an opportunity resolves that are drawn elsewhere: `Resolves: Seat pricing`. */
    resolves: string;
    /** A barrier's severity, labelled: `Severity: high`. */
    severity: (severity: BarrierSeverity) => string;
    /** A severity's name alone, for the legend: `high`. */
    severityName: (severity: BarrierSeverity) => string;
    /** Label of a barrier's mitigation, and the mark of a barrier without one. */
    mitigation: string;
    noMitigation: string;
    /** Drawn in a stage without touchpoints: in one persona's view (`persona`), or in the whole map. */
    noTouchpoints: (persona: boolean) => string;
    lanes: Readonly<Record<LaneKind, string>>;
    /** A thought in the language's quotation marks. */
    quote: (text: string) => string;
    actual: string;
    met: string;
    notMet: string;
    /** A metric's labelled source and measuring date: `Source: CRM`, `Measured: 2026-09-30`. */
    source: string;
    measured: string;
    /** Where an answer's evidence comes from, spelled out: `Interview`, `Survey`, ... */
    evidenceSource: (source: EvidenceSource) => string;
    /** An answer's sample size: `n=126`. */
    sample: (size: number) => string;
    /** Label of a question without an answer: `Open question: Why leave?`. */
    openQuestion: string;
    /** Answers left out of a full research cell: `+2 more`. */
    more: (count: number) => string;
    /** Marks stale evidence: an answer, a metric's measuring date, the review date. */
    stale: string;
    /** A persona's role spelled out: `buyer`, `user`, ... */
    role: (role: PersonaRole) => string;
    /** The emotion curve of touchpoints that name no persona. */
    customer: string;
    /** Labels on a persona's card. */
    goal: string;
    need: string;
    /** Under the title of one persona's view: `View: HR manager`. */
    view: string;
    legend: { title: string; next: string; branch: string; loopBack: string; otherStage: string };
    /** The legend of colours: the emotion scale from -2 to +2, and the barriers' severities. */
    colours: { emotion: string; levels: readonly [string, string, string, string, string]; severity: string };
}
