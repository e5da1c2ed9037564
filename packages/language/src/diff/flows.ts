import type { FlowEdge } from '../model/journey-model.js';

/**
 * Where the flow goes from each touchpoint that exists on both sides, looking through
 * touchpoints that exist on one side only: `A -> X -> B` with X removed counts as
 * `A -> B`. So removing or adding a touchpoint in the implicit flow changes nobody's flow,
 * and is reported once, as the removal or addition; a touchpoint whose successors really
 * differ (an arrow added or removed, a touchpoint moved) reports a `flow` change.
 * Targets are sorted: the order of `-> A, B` carries no meaning, nor does `->` to the
 * touchpoint that comes next anyway.
 */
export function flowsThrough(edges: readonly FlowEdge[], shared: ReadonlySet<string>): Map<string, string[]> {
    const successors = new Map<string, string[]>();
    for (const { from, to } of edges) {
        successors.set(from, [...successors.get(from) ?? [], to]);
    }
    return new Map([...shared].map(name => [name, reachedThrough(name, successors, shared)]));
}

function reachedThrough(start: string, successors: ReadonlyMap<string, readonly string[]>, shared: ReadonlySet<string>): string[] {
    const reached = new Set<string>();
    const passed = new Set<string>();
    const pending = [...successors.get(start) ?? []];
    while (pending.length > 0) {
        const next = pending.pop()!;
        if (shared.has(next)) {
            reached.add(next);
        } else if (!passed.has(next)) {
            passed.add(next);
            // One by one: a spread into push takes only as many as a call takes arguments.
            for (const successor of successors.get(next) ?? []) {
                pending.push(successor);
            }
        }
    }
    return [...reached].sort(byCodeUnits);
}

function byCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
