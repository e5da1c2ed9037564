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
 * reaches (A -> B -> C, B left out, becomes A -> C). A joined flow is `next` only when
 * every hop was. One persona's view and its emotion curve both read the flow this way.
 */
export function joinFlows(flows: readonly FlowEdge[], kept: ReadonlySet<string>): FlowEdge[] {
    const out = new Map<string, FlowEdge[]>();
    for (const flow of flows) {
        out.set(flow.from, [...out.get(flow.from) ?? [], flow]);
    }
    const joined: FlowEdge[] = [];
    const seen = new Set<string>();
    for (const flow of flows.filter(item => kept.has(item.from))) {
        const pending: Array<{ to: string; next: boolean; via: Set<string> }> = [{ to: flow.to, next: flow.kind === 'next', via: new Set() }];
        while (pending.length > 0) {
            const { to, next, via } = pending.shift()!;
            if (kept.has(to)) {
                const key = `${flow.from}\u0000${to}`;
                if (!seen.has(key)) {
                    seen.add(key);
                    joined.push({ from: flow.from, to, kind: next ? 'next' : 'arrow' });
                }
                continue;
            }
            if (via.has(to)) {
                continue;
            }
            for (const onward of out.get(to) ?? []) {
                pending.push({ to: onward.to, next: next && onward.kind === 'next', via: new Set([...via, to]) });
            }
        }
    }
    return joined;
}
