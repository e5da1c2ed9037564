/**
 * A stage too large for ELK, placed by plain code behind the same seam (stage-graph.ts).
 * ELK's layered algorithm recurses once per node along a chain and overflows the stack
 * past a few thousand touchpoints in one stage (20,000 took 34 s with the largest stack
 * Node allows); a map that large is read as a list anyway. The nodes stand in one column
 * in declaration order (a connector's label next to its touchpoint); a flow between
 * neighbours is a straight line, every other flow has a lane of its own right of the
 * column, entered and left through the gaps between boxes, so no route crosses a box.
 * Linear in the size of the stage.
 */
import type { Point } from './diagram-layout.js';
import { groupBy } from '../utils/group-by.js';
import { BOX_WIDTH } from './layout-boxes.js';
import type { NodeSize, StageGraph, StageGraphInput } from './stage-graph.js';

/** Stages with more nodes than this are placed here rather than by ELK. */
export const ELK_NODE_LIMIT = 1500;

const GAP = 24;
/** Where a route turns in the gap above or below a box. */
const TURN = 8;
const LANE_STEP = 8;
const LANE_MARGIN = 12;

interface Slot {
    top: number;
    bottom: number;
    /** x of the port in the middle of the box's top and bottom. */
    portX: number;
}

export function columnStageGraph(input: StageGraphInput): StageGraph {
    const nodes = new Map<string, Point>();
    const labels = new Map<string, Point>();
    const slots = new Map<string, Slot>();
    /** Column order: the key of each item (`t` + node name, `l` + connector id). */
    const order: string[] = [];
    const targetLabels = groupBy(input.connectors.filter(item => item.end === 'target'), item => item.touchpoint);
    const sourceLabels = groupBy(input.connectors.filter(item => item.end === 'source'), item => item.touchpoint);
    let y = 0;
    let width = 0;
    const place = (key: string, size: NodeSize, portX: number, into: Map<string, Point>, id: string): void => {
        into.set(id, { x: 0, y });
        slots.set(key, { top: y, bottom: y + size.height, portX });
        order.push(key);
        width = Math.max(width, size.width);
        y += size.height + GAP;
    };
    for (const [name, size] of input.nodes) {
        for (const label of targetLabels.get(name) ?? []) {
            place(`l${label.id}`, label.size, label.size.width / 2, labels, label.id);
        }
        place(`t${name}`, size, BOX_WIDTH / 2, nodes, name);
        for (const label of sourceLabels.get(name) ?? []) {
            place(`l${label.id}`, label.size, label.size.width / 2, labels, label.id);
        }
    }
    const height = Math.max(0, y - GAP);
    const position = new Map(order.map((key, index) => [key, index]));
    const laneX = (lane: number): number => width + LANE_MARGIN + lane * LANE_STEP;
    let lanes = 0;
    const sections = new Map<string, Point[]>();

    /** From an item's bottom port to another's top port: straight between neighbours, else through a lane. */
    const between = (id: string, fromKey: string, toKey: string): void => {
        const from = slots.get(fromKey)!;
        const to = slots.get(toKey)!;
        if (position.get(toKey) === position.get(fromKey)! + 1) {
            const turn = from.bottom + GAP / 2;
            sections.set(id, from.portX === to.portX
                ? [{ x: from.portX, y: from.bottom }, { x: to.portX, y: to.top }]
                : [{ x: from.portX, y: from.bottom }, { x: from.portX, y: turn }, { x: to.portX, y: turn }, { x: to.portX, y: to.top }]);
            return;
        }
        const x = laneX(lanes++);
        sections.set(id, [
            { x: from.portX, y: from.bottom }, { x: from.portX, y: from.bottom + TURN }, { x, y: from.bottom + TURN },
            { x, y: to.top - TURN }, { x: to.portX, y: to.top - TURN }, { x: to.portX, y: to.top }
        ]);
    };
    for (const flow of input.flows) {
        between(flow.id, `t${flow.from}`, `t${flow.to}`);
    }
    for (const connector of input.connectors) {
        if (connector.end === 'source') {
            between(connector.id, `t${connector.touchpoint}`, `l${connector.id}`);
        } else {
            between(connector.id, `l${connector.id}`, `t${connector.touchpoint}`);
        }
    }
    // Flows to the next stage leave through the graph's bottom, flows from the previous one enter through its top.
    for (const exit of input.exits) {
        const from = slots.get(`t${exit.from}`)!;
        const x = laneX(lanes++);
        sections.set(exit.id, [{ x: from.portX, y: from.bottom }, { x: from.portX, y: from.bottom + TURN }, { x, y: from.bottom + TURN }, { x, y: height }]);
    }
    for (const entry of input.entries) {
        const to = slots.get(`t${entry.to}`)!;
        const x = laneX(lanes++);
        sections.set(entry.id, [{ x, y: 0 }, { x, y: to.top - TURN }, { x: to.portX, y: to.top - TURN }, { x: to.portX, y: to.top }]);
    }
    return { width: lanes === 0 ? width : laneX(lanes - 1) + LANE_MARGIN, height, nodes, labels, sections };
}
