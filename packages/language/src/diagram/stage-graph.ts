/**
 * A stage's touchpoints and flows placed at the graph's own origin, by either router
 * (layout-column.ts or elk-stage-graph.ts). Nodes are keyed by touchpoint name; routes by
 * edge id: `f<i>` for the i-th flow inside the stage, `xo<k>` / `xi<k>` for the k-th
 * cross-stage flow leaving through the graph's bottom / entering through its top.
 */
import type { FlowEdge } from '../model/journey-model.js';
import type { Point } from './diagram-layout.js';

export interface StageGraph {
    width: number;
    height: number;
    nodes: Map<string, Point>;
    sections: Map<string, Point[]>;
}

export interface NodeSize {
    width: number;
    height: number;
}

export interface GraphExit {
    id: string;
    from: string;
}

export interface GraphEntry {
    id: string;
    to: string;
}

/**
 * Whether a touchpoint has two successors inside the stage: alternatives that a layered
 * layout shows side by side, where a single column would hide them.
 */
export function branches(flows: readonly FlowEdge[]): boolean {
    const successors = new Map<string, number>();
    for (const flow of flows) {
        const count = (successors.get(flow.from) ?? 0) + 1;
        if (count > 1) {
            return true;
        }
        successors.set(flow.from, count);
    }
    return false;
}
