/**
 * The reviewer's diff (`cjm diff` text and Markdown, the drawn change's badges): what
 * changed, said with the map's titles in «», each element with the stage it is in.
 */
import type { ChangeKind, ElementKind } from '../diff/map-change.js';

export interface DiffWords {
    /** The Markdown report's heading, before what was compared. */
    heading: string;
    noChanges: string;
    /** `3 changes: 1 added, 1 removed, 1 changed`; a count of 0 is left out. */
    summary: (total: number, added: number, removed: number, changed: number) => string;
    element: Readonly<Record<ElementKind, string>>;
    change: Readonly<Record<ChangeKind, string>>;
    /** The Markdown table's columns. */
    columns: { change: string; element: string; detail: string };
    /** An element and the stage it is in: `touchpoint «Sign-up form» in «Trial»`. */
    inStage: (element: string, stage: string) => string;
    /** A value that is not there. */
    none: string;
    /** An attribute's label: `emotion`, `target`, ...; an attribute without one keeps its keyword. */
    field: Readonly<Record<string, string>>;
    /** The reader's words for a field's keyword values (a barrier's severity, a journey's state, a channel's kind), by field. */
    values: Readonly<Record<string, Readonly<Record<string, string>>>>;
    /** One persona's emotion: `emotion of «Employee»`. */
    personaEmotion: (persona: string) => string;
    /** A flow that now points elsewhere: `flow now goes to «B» (was «A»)`. */
    flow: (to: string, from: string) => string;
    /** Where a flow goes when it goes to no touchpoint. */
    flowEnds: string;
    /** An added barrier without a mitigation. */
    noMitigation: string;
    /** The drawn change's badge on an added element. */
    newBadge: string;
    /** The HTML page's view switch and the change list's heading. */
    views: { old: string; new: string; marked: string; label: string; changes: string };
}
