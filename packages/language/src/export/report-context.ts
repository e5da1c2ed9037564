/**
 * What every part of the Markdown report reads besides the journey: its words in the
 * chosen language, the titles of what the map refers to by name, each flow's role, and
 * the clock that tells stale evidence.
 */
import type { DiagramWords } from '../locale/diagram-words.js';
import type { ReportWords } from '../locale/report-words.js';
import type { EvidenceClock } from '../model/evidence.js';
import { isStale } from '../model/evidence.js';
import type { FlowRole } from '../model/flow-roles.js';
import { flowRoles } from '../model/flow-roles.js';
import type { FlowEdge, JourneyModel } from '../model/journey-model.js';
import { label, md } from './markdown-text.js';

export interface ReportContext {
    words: ReportWords;
    /** The picture's words the report shares: roles, quotation marks, the legend's flow names. */
    picture: DiagramWords;
    titles: Titles;
    roleOf: (flow: FlowEdge) => FlowRole | undefined;
    /** Without it nothing is marked stale. */
    clock?: EvidenceClock;
}

/** Titles by name, one map per kind: a persona and a channel may share a name. */
export interface Titles {
    persona: ReadonlyMap<string, string>;
    channel: ReadonlyMap<string, string>;
    touchpoint: ReadonlyMap<string, string>;
    barrier: ReadonlyMap<string, string>;
    opportunity: ReadonlyMap<string, string>;
    /** The title of the stage each touchpoint is in. */
    stageOf: ReadonlyMap<string, string>;
}

export function reportContext(model: JourneyModel, words: ReportWords, picture: DiagramWords, clock?: EvidenceClock): ReportContext {
    const byName = (elements: readonly { name: string; title?: string }[]) => new Map(elements.map(element => [element.name, label(element)]));
    const titles: Titles = {
        persona: byName(model.personas),
        channel: byName(model.channels),
        touchpoint: byName(model.stages.flatMap(stage => stage.touchpoints)),
        barrier: byName(model.stages.flatMap(stage => stage.barriers)),
        opportunity: byName(model.stages.flatMap(stage => stage.opportunities)),
        stageOf: new Map(model.stages.flatMap(stage => stage.touchpoints.map(touchpoint => [touchpoint.name, label(stage)] as const)))
    };
    return { words, picture, titles, roleOf: flowRoles(model), ...(clock === undefined ? {} : { clock }) };
}

/** Referenced names as their titles, escaped and joined; a name that did not resolve stays as written. */
export function titles(names: readonly string[], byName: ReadonlyMap<string, string>): string {
    return names.map(name => md(byName.get(name) ?? name)).join(', ');
}

/** A date of evidence, `2026-09-30 (stale)` when it is older than the age limit. */
export function dated(date: string, context: ReportContext): string {
    const stale = context.clock !== undefined && isStale(date, context.clock.today, context.clock.maxAgeDays);
    return stale ? `${md(date)} (${md(context.words.stale)})` : md(date);
}
