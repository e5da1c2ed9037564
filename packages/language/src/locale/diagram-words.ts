/**
 * The picture's own words (not the map's): the header, the boxes, the lanes and the
 * legend read them.
 */
import type { BarrierSeverity, PersonaRole } from '../model/journey-model.js';
import type { LaneKind } from '../diagram/diagram-layout.js';

export interface DiagramWords {
    objective: string;
    problem: string;
    targets: string;
    /** Before a touchpoint's channels and personas: `via Email`, `for Founder`. */
    via: string;
    for: string;
    /** An opportunity that resolves barriers drawn elsewhere: `(resolves Seat pricing)`. */
    resolves: string;
    /** A barrier's severity spelled out: `severity: high`. */
    severity: (severity: BarrierSeverity) => string;
    lanes: Readonly<Record<LaneKind, string>>;
    /** A thought in the language's quotation marks. */
    quote: (text: string) => string;
    actual: string;
    met: string;
    notMet: string;
    /** `Questions answered: 2/3`. */
    answered: (answered: number, questions: number) => string;
    /** `Newest evidence: 2026-09-15`. */
    newestEvidence: (date: string) => string;
    /** Marks stale evidence. */
    stale: string;
    /** Some answers of a stage are stale, its newest is not. */
    staleAnswers: (stale: number, dated: number) => string;
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
}

