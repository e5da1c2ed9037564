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
