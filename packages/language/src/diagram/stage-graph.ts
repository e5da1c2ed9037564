/**
 * The seam between a stage's layout and the engine that places its graph (elk-stage-graph.ts):
 * what goes in (node sizes in declaration order, flows, cross-stage exits and entries,
 * connector labels) and what comes back, at the graph's own origin. Ids are local to the
 * stage: `f<i>` for the i-th flow inside it, `o<k>` / `i<k>` for the k-th flow leaving
 * through the graph's bottom / entering through its top, `c<k>` for the k-th connector.
 */
import type { Point } from './diagram-layout.js';

export interface NodeSize {
    width: number;
    height: number;
}

export interface StageGraphInput {
    /** Touchpoint node sizes, in declaration order (the order the layout keeps where it can). */
    nodes: [string, NodeSize][];
    flows: { id: string; from: string; to: string }[];
    exits: { id: string; from: string }[];
    entries: { id: string; to: string }[];
    /** A connector's label node: under its source (`end: 'source'`) or over its target. */
    connectors: { id: string; touchpoint: string; end: 'source' | 'target'; size: NodeSize }[];
}

export interface StageGraph {
    width: number;
    height: number;
    /** Top left of each touchpoint node and of each connector's label. */
    nodes: Map<string, Point>;
    labels: Map<string, Point>;
    /** Each edge's route, from its source port to its target port. */
    sections: Map<string, Point[]>;
}
