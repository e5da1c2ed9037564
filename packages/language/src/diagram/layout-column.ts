/**
 * A stage whose flows do not branch is drawn as one column in declaration order, the
 * order the journey is read in, without ELK: consecutive touchpoints are joined by a
 * straight arrow, and every other flow (a jump, a loop back, a flow to or from another
 * stage) leaves its box through its own port on the bottom, takes its own track in the
 * gap below, its own lane right of the column, and its own track in the gap above its
 * target. Nothing is shared, so no two flows run on top of each other, and the cost is
 * linear in the number of flows.
 */
import type { FlowEdge, StageModel } from '../model/journey-model.js';
import type { Point } from './diagram-layout.js';
import type { GraphEntry, GraphExit, NodeSize, StageGraph } from './stage-graph.js';
import { BOX_WIDTH } from './layout-boxes.js';

const NODE_GAP = 32;
const STEP = 8;
const PORT_STEP = 12;
/** Room between a box and the first track or lane, so arrowheads and bends stay readable. */
const CLEAR = 12;

interface Detour {
    id: string;
    /** Source node index, or -1 for an entry from the graph's top. */
    from: number;
    /** Target node index, or `count` for an exit to the graph's bottom. */
    to: number;
}

export function columnGraph(
    stage: StageModel, sizes: ReadonlyMap<string, NodeSize>, flows: readonly FlowEdge[],
    exits: readonly GraphExit[], entries: readonly GraphEntry[]
): StageGraph {
    const names = stage.touchpoints.map(touchpoint => touchpoint.name);
    const count = names.length;
    const index = new Map(names.map((name, i) => [name, i]));
    const straight: { id: string; from: number }[] = [];
    const detours: Detour[] = [];
    flows.forEach((flow, i) => {
        const from = index.get(flow.from)!;
        const to = index.get(flow.to)!;
        (to === from + 1 ? straight : detours).push({ id: `f${i}`, from, to } as Detour);
    });
    // Exits from the last box and entries into the first go straight down; the rest detour.
    const directExits = exits.filter(exit => index.get(exit.from) === count - 1);
    const directEntries = entries.filter(entry => index.get(entry.to) === 0);
    detours.push(...exits.filter(exit => !directExits.includes(exit)).map(exit => ({ id: exit.id, from: index.get(exit.from)!, to: count })));
    detours.push(...entries.filter(entry => !directEntries.includes(entry)).map(entry => ({ id: entry.id, from: -1, to: index.get(entry.to)! })));

    // Ports: the straight arrow uses the box's centre; every other flow its own offset port.
    const outPorts = new Array<number>(count).fill(0);
    const inPorts = new Array<number>(count).fill(0);
    const outPort = new Map<string, number>();
    const inPort = new Map<string, number>();
    for (const detour of [...detours, ...directExits.map(exit => ({ id: exit.id, from: index.get(exit.from)!, to: count }))]) {
        if (detour.from >= 0) {
            outPort.set(detour.id, ++outPorts[detour.from]);
        }
    }
    for (const detour of [...detours, ...directEntries.map(entry => ({ id: entry.id, from: -1, to: 0 }))]) {
        if (detour.to < count) {
            inPort.set(detour.id, ++inPorts[detour.to]);
        }
    }
    const portX = (slot: number, used: number): number => {
        const step = Math.min(PORT_STEP, (BOX_WIDTH / 2 - CLEAR) / Math.max(1, used));
        return BOX_WIDTH / 2 + slot * step;
    };

    // Gap g lies above node g (gap `count` below the last node). Tracks of flows leaving
    // the node above come first, tracks of flows arriving at the node below after them,
    // so a leaving and an arriving flow at the same port x never share a segment.
    const leaving = new Array<number>(count + 1).fill(0);
    const arriving = new Array<number>(count + 1).fill(0);
    const leaveTrack = new Map<string, number>();
    const arriveTrack = new Map<string, number>();
    for (const detour of detours) {
        if (detour.from >= 0) {
            leaveTrack.set(detour.id, leaving[detour.from + 1]++);
        }
        if (detour.to < count) {
            arriveTrack.set(detour.id, arriving[detour.to]++);
        }
    }
    const gapHeight = (g: number): number => {
        const tracks = leaving[g] + arriving[g];
        const base = g === 0 || g === count ? 0 : NODE_GAP;
        return tracks === 0 ? base : Math.max(base, 2 * CLEAR + (tracks - 1) * STEP);
    };
    const tops: number[] = [];
    const gapTops: number[] = [];
    let y = 0;
    for (let g = 0; g <= count; g++) {
        gapTops.push(y);
        y += gapHeight(g);
        if (g < count) {
            tops.push(y);
            y += sizes.get(names[g])!.height;
        }
    }
    const height = y;
    const trackY = (g: number, track: number): number => gapTops[g] + CLEAR + track * STEP;

    // Lanes right of the widest box: shortest detours nearest, so fewer routes cross.
    const columnWidth = Math.max(BOX_WIDTH, ...names.map(name => sizes.get(name)!.width));
    const lanes = [...detours].sort((a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from) || a.id.localeCompare(b.id));
    const laneX = new Map(lanes.map((detour, k) => [detour.id, columnWidth + CLEAR + k * STEP]));
    const width = lanes.length === 0 ? columnWidth : columnWidth + CLEAR + (lanes.length - 1) * STEP;

    const sections = new Map<string, Point[]>();
    const bottomOf = (i: number): number => tops[i] + sizes.get(names[i])!.height;
    for (const edge of straight) {
        const x = portX(0, outPorts[edge.from]);
        sections.set(edge.id, [{ x, y: bottomOf(edge.from) }, { x, y: tops[edge.from + 1] }]);
    }
    for (const exit of directExits) {
        const from = index.get(exit.from)!;
        const x = portX(outPort.get(exit.id)!, outPorts[from]);
        sections.set(exit.id, [{ x, y: bottomOf(from) }, { x, y: height }]);
    }
    for (const entry of directEntries) {
        const x = portX(inPort.get(entry.id)!, inPorts[0]);
        sections.set(entry.id, [{ x, y: 0 }, { x, y: tops[0] }]);
    }
    for (const detour of detours) {
        const lane = laneX.get(detour.id)!;
        const points: Point[] = [];
        if (detour.from < 0) {
            points.push({ x: lane, y: 0 });
        } else {
            const x = portX(outPort.get(detour.id)!, outPorts[detour.from]);
            const track = trackY(detour.from + 1, leaveTrack.get(detour.id)!);
            points.push({ x, y: bottomOf(detour.from) }, { x, y: track }, { x: lane, y: track });
        }
        if (detour.to === count) {
            points.push({ x: lane, y: height });
        } else {
            const x = portX(inPort.get(detour.id)!, inPorts[detour.to]);
            const track = trackY(detour.to, leaving[detour.to] + arriveTrack.get(detour.id)!);
            points.push({ x: lane, y: track }, { x, y: track }, { x, y: tops[detour.to] });
        }
        sections.set(detour.id, points);
    }
    return { width, height, nodes: new Map(names.map((name, i) => [name, { x: 0, y: tops[i] }])), sections };
}
