import type { FlowEdge } from './journey-model.js';

interface FlowNode {
    readonly name: string;
    readonly arrows: readonly string[];
}

export interface FlowGraph {
    edges: FlowEdge[];
    reachable: Set<string>;
}

/**
 * The journey's flow: a touchpoint without arrows continues to the next one in
 * declaration order (the last one ends the journey); one with arrows goes only where
 * they point. Reachability is from the first touchpoint.
 */
export function buildFlowGraph(touchpoints: readonly FlowNode[]): FlowGraph {
    const edges: FlowEdge[] = [];
    touchpoints.forEach((touchpoint, index) => {
        if (touchpoint.arrows.length > 0) {
            for (const to of touchpoint.arrows) {
                edges.push({ from: touchpoint.name, to, kind: 'arrow' });
            }
        } else if (index + 1 < touchpoints.length) {
            edges.push({ from: touchpoint.name, to: touchpoints[index + 1].name, kind: 'next' });
        }
    });
    return { edges, reachable: reachableFrom(touchpoints[0]?.name, edges) };
}

function reachableFrom(start: string | undefined, edges: readonly FlowEdge[]): Set<string> {
    const reached = new Set<string>();
    if (start === undefined) {
        return reached;
    }
    const successors = new Map<string, string[]>();
    for (const { from, to } of edges) {
        successors.set(from, [...successors.get(from) ?? [], to]);
    }
    const pending = [start];
    reached.add(start);
    while (pending.length > 0) {
        for (const next of successors.get(pending.pop()!) ?? []) {
            if (!reached.has(next)) {
                reached.add(next);
                pending.push(next);
            }
        }
    }
    return reached;
}

/**
 * The flows between the `kept` touchpoints, each left-out touchpoint bridged: from every
 * kept source, the flow is followed through left-out ones to the first kept ones it
 * reaches (A -> B -> C, B left out, becomes A -> C). A joined flow is `next` when the
 * first way found there (the shortest) was `next` at every hop. One persona's view and
 * its emotion curve both read the flow this way.
 */
export function joinFlows(flows: readonly FlowEdge[], kept: ReadonlySet<string>): FlowEdge[] {
    const out = new Map<string, FlowEdge[]>();
    for (const flow of flows) {
        const from = out.get(flow.from);
        if (from === undefined) {
            out.set(flow.from, [flow]);
        } else {
            from.push(flow);
        }
    }
    const joined = new Map<string, FlowEdge>();
    for (const flow of flows.filter(item => kept.has(item.from))) {
        for (const { to, next } of reachedThrough(flow, out, kept)) {
            const key = `${flow.from}\u0000${to}`;
            if (!joined.has(key)) {
                joined.set(key, { from: flow.from, to, kind: next ? 'next' : 'arrow' });
            }
        }
    }
    return [...joined.values()];
}

/**
 * The kept touchpoints `flow` leads to through left-out ones, breadth first, each with
 * whether every hop of the first way there was `next`. A left-out touchpoint is walked
 * at most twice (reached by next hops only, or not): any later way into it reaches the
 * same touchpoints no sooner, so branches that meet again cost what they hold of
 * touchpoints, not of ways through them.
 */
function reachedThrough(flow: FlowEdge, out: ReadonlyMap<string, readonly FlowEdge[]>, kept: ReadonlySet<string>): Array<{ to: string; next: boolean }> {
    const reached: Array<{ to: string; next: boolean }> = [];
    const walked = new Set<string>();
    const pending = [{ to: flow.to, next: flow.kind === 'next' }];
    for (let i = 0; i < pending.length; i++) {
        const { to, next } = pending[i];
        if (kept.has(to)) {
            reached.push({ to, next });
            continue;
        }
        const state = `${next ? 1 : 0}${to}`;
        if (walked.has(state)) {
            continue;
        }
        walked.add(state);
        for (const onward of out.get(to) ?? []) {
            pending.push({ to: onward.to, next: next && onward.kind === 'next' });
        }
    }
    return reached;
}
