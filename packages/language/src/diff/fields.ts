import type { ChangeKind, ElementKind, MapChange } from './map-change.js';

/** One attribute of an element on both sides. */
export interface FieldPair {
    field: string;
    from: unknown;
    to: unknown;
    /** A list whose order carries no meaning (`via`, `target`, ...). */
    unordered?: boolean;
    /** The persona the attribute belongs to (one persona's emotion). */
    persona?: string;
}

/** A change before it gets its printed path: segments keep a question's dots apart from the path's. */
export interface LocatedChange extends Omit<MapChange, 'path'> {
    segments: string[];
}

export function field(name: string, from: unknown, to: unknown): FieldPair {
    return { field: name, from, to };
}

export function personaField(name: string, persona: string, from: unknown, to: unknown): FieldPair {
    return { field: name, from, to, persona };
}

export function unorderedField(name: string, from: readonly unknown[], to: readonly unknown[]): FieldPair {
    return { field: name, from, to, unordered: true };
}

/** The pairs whose two sides differ, as changes of the element at `segments`. */
export function fieldChanges(element: ElementKind, segments: string[], pairs: readonly FieldPair[]): LocatedChange[] {
    return pairs.filter(pair => !sameValue(pair)).map(({ field, from, to, persona }) =>
        withValues({ change: 'changed', element, segments, field, ...(persona === undefined ? {} : { persona }) }, from, to));
}

/** An element that exists on one side only. */
export function existence(change: Exclude<ChangeKind, 'changed'>, element: ElementKind, segments: string[]): LocatedChange {
    return { change, element, segments };
}

/** Whether every pair is equal on both sides. */
export function allSame(pairs: readonly FieldPair[]): boolean {
    return pairs.every(sameValue);
}

function sameValue({ from, to, unordered }: FieldPair): boolean {
    return canonical(from, unordered) === canonical(to, unordered);
}

function canonical(value: unknown, unordered = false): string {
    if (value === undefined) {
        return 'undefined';
    }
    if (unordered && Array.isArray(value)) {
        return JSON.stringify(value.map(item => JSON.stringify(item)).sort());
    }
    return JSON.stringify(value);
}

// Absent values stay absent, so that JSON has no `"from": null` for "was not there".
function withValues(change: LocatedChange, from: unknown, to: unknown): LocatedChange {
    return { ...change, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
