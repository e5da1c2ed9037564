/**
 * A stage's touchpoints and flows placed at the graph's own origin by layout-column.ts.
 * Nodes are keyed by touchpoint name; routes by
 * edge id: `f<i>` for the i-th flow inside the stage, `xo<k>` / `xi<k>` for the k-th
 * cross-stage flow leaving through the graph's bottom / entering through its top.
 */
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
