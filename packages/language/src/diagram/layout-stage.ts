/**
 * One stage column, laid out at its own origin (0, 0) = the stage rect's top left, in two
 * steps around ELK: `prepareStage` sizes the boxes and describes the stage's graph
 * (stage-graph.ts), `placeStage` places the boxes by ELK's answer. Each touchpoint's node
 * holds its box and, beside it, its barriers, each followed by the opportunities that
 * resolve them; barriers without a touchpoint and opportunities without a barrier in this
 * stage stack under the graph.
 * Flows to the next stage leave through the bottom of the graph and flows from the
 * previous one enter through its top; each gets its own track below (exits) or above
 * (entries) the graph, from which layout-routes.ts joins them across the gap between the
 * stages. A flow that skips stages or goes back ends at a connector label instead.
 */
import { feelsAlike } from '../model/feels-alike.js';
import type { BarrierModel, FlowEdge, OpportunityModel, StageModel } from '../model/journey-model.js';
import type {
    BarrierLayout, ConnectorLabel, FlowLayout, FlowRole, OpportunityLayout, PlacedText, Point, ResolveLinkLayout, TextBlock, TouchpointLayout
} from './diagram-layout.js';
import { dogLeg, tidy } from './geometry.js';
import {
    ATTACHED_BARRIER_WIDTH, BOX_WIDTH, PADDING, blockHeight, boxHeight, stageTitle, widest, type BoxTexts, type TouchpointText
} from './layout-boxes.js';
import type { NodeSize, StageGraph, StageGraphInput } from './stage-graph.js';

export const STAGE_PAD = 16;
/** Distance between parallel route tracks. */
export const ROUTE_STEP = 8;
const STACK_GAP = 6;
/** Distance between the lanes of links right of a barrier's stack. */
const LINK_LANE = 10;
const SIDE_GAP = 16;

/** A flow with the way it reads. */
export interface RoledFlow extends FlowEdge {
    role: FlowRole;
}

/** A flow to or from the next stage, by its index among the journey's cross-stage flows. */
export interface CrossFlow extends RoledFlow {
    index: number;
}

/** One end of a connector pair, drawn in this stage: its label names the other end. */
export interface ConnectorEnd extends RoledFlow {
    end: 'source' | 'target';
    text: TextBlock;
}

export interface StageDraft {
    stage: StageModel;
    width: number;
    height: number;
    title: TextBlock;
    /** Where the touchpoints would be, in a stage without them. */
    note?: PlacedText;
    touchpoints: TouchpointLayout[];
    barriers: BarrierLayout[];
    opportunities: OpportunityLayout[];
    /** Flows inside the stage and the connector ends drawn in it. */
    flows: FlowLayout[];
    links: ResolveLinkLayout[];
    /** Cross-stage routes inside the stage by cross-flow index; an exit ends on its track, an entry starts on its track. */
    exits: Map<number, Point[]>;
    entries: Map<number, Point[]>;
}

/**
 * A barrier with the opportunities drawn under it, at a local origin; the links from the
 * opportunities up to the barrier run in lanes right of the boxes.
 */
interface Stack {
    barrier: BarrierModel;
    boxWidth: number;
    items: { model: BarrierModel | OpportunityModel; title: TextBlock; body?: TextBlock; label: string; y: number; height: number }[];
    width: number;
    height: number;
}

/** A stage sized and described for ELK; `graph` is what ELK lays out. */
export interface PreparedStage {
    stage: StageModel;
    flows: readonly RoledFlow[];
    outgoing: readonly CrossFlow[];
    incoming: readonly CrossFlow[];
    connectors: readonly ConnectorEnd[];
    labels: BoxTexts;
    attached: Map<string, Stack[]>;
    loose: Stack[];
    /** The barrier of this stage each opportunity is drawn under, if any. */
    home: Map<string, string | undefined>;
    elsewhere: (opportunity: OpportunityModel) => string[];
    texts: Map<string, TouchpointText>;
    graph: StageGraphInput;
}

export function prepareStage(
    stage: StageModel, flows: readonly RoledFlow[], outgoing: readonly CrossFlow[], incoming: readonly CrossFlow[],
    connectors: readonly ConnectorEnd[], labels: BoxTexts
): PreparedStage {
    const here = new Set(stage.barriers.map(barrier => barrier.name));
    // An opportunity is drawn under the first barrier of this stage it resolves.
    const home = new Map(stage.opportunities.map(opportunity => [opportunity.name, opportunity.resolves.find(barrier => here.has(barrier))]));
    const elsewhere = (opportunity: OpportunityModel): string[] => opportunity.resolves.filter(barrier => barrier !== home.get(opportunity.name));
    const stackOf = (barrier: BarrierModel, width: number): Stack => stack(barrier, stage.opportunities.filter(item => home.get(item.name) === barrier.name), width, elsewhere, labels);

    const touchpointNames = new Set(stage.touchpoints.map(touchpoint => touchpoint.name));
    const attached = new Map<string, Stack[]>();
    const loose: Stack[] = [];
    for (const barrier of stage.barriers) {
        if (barrier.touchpoint !== undefined && touchpointNames.has(barrier.touchpoint)) {
            attached.set(barrier.touchpoint, [...(attached.get(barrier.touchpoint) ?? []), stackOf(barrier, ATTACHED_BARRIER_WIDTH)]);
        } else {
            loose.push(stackOf(barrier, BOX_WIDTH));
        }
    }
    const texts = new Map(stage.touchpoints.map(touchpoint => [touchpoint.name, labels.touchpoint(touchpoint)]));
    const nodes = stage.touchpoints.map((touchpoint): [string, NodeSize] => {
        const side = attached.get(touchpoint.name) ?? [];
        const sideHeight = side.reduce((sum, item) => sum + item.height, 0) + STACK_GAP * Math.max(0, side.length - 1);
        const width = side.length === 0 ? BOX_WIDTH : BOX_WIDTH + SIDE_GAP + side.reduce((widest, item) => Math.max(widest, item.width), 0);
        return [touchpoint.name, { width, height: Math.max(texts.get(touchpoint.name)!.height, sideHeight) }];
    });
    const graph: StageGraphInput = {
        nodes,
        flows: flows.map((flow, i) => ({ id: `f${i}`, from: flow.from, to: flow.to })),
        exits: outgoing.map((flow, k) => ({ id: `o${k}`, from: flow.from })),
        entries: incoming.map((flow, k) => ({ id: `i${k}`, to: flow.to })),
        connectors: connectors.map((item, k) => ({
            id: `c${k}`, touchpoint: item.end === 'source' ? item.from : item.to, end: item.end, size: labelSize(item.text)
        }))
    };
    return { stage, flows, outgoing, incoming, connectors, labels, attached, loose, home, elsewhere, texts, graph };
}

function labelSize(text: TextBlock): NodeSize {
    return { width: Math.ceil(widest([text])) + 2 * PADDING, height: boxHeight([text]) };
}

export function placeStage(prepared: PreparedStage, graph: StageGraph): StageDraft {
    const { stage, outgoing, incoming, attached, loose, elsewhere, texts } = prepared;
    const contentWidth = loose.reduce((widest, item) => Math.max(widest, item.width), Math.max(BOX_WIDTH, graph.width));
    const width = contentWidth + 2 * STAGE_PAD;
    const title = stageTitle(stage, width);
    const top = PADDING + blockHeight(title) + STAGE_PAD + incoming.length * ROUTE_STEP;
    const left = STAGE_PAD;
    const note = stage.touchpoints.length === 0 ? { x: left, y: top, text: prepared.labels.noTouchpoints(contentWidth) } : undefined;
    const bottom = top + (note === undefined ? graph.height : blockHeight(note.text));

    const touchpoints: TouchpointLayout[] = [];
    const barriers: BarrierLayout[] = [];
    const opportunities: OpportunityLayout[] = [];
    const links: ResolveLinkLayout[] = [];
    const place = (item: Stack, x: number, y: number, connectFrom?: TouchpointLayout): void => {
        const placed = placeStack(item, stage.name, x, y, connectFrom);
        barriers.push(placed.barrier);
        for (const opportunity of placed.opportunities) {
            opportunities.push(opportunity);
        }
        for (const link of placed.links) {
            links.push(link);
        }
    };
    for (const touchpoint of stage.touchpoints) {
        const node = graph.nodes.get(touchpoint.name)!;
        const text = texts.get(touchpoint.name)!;
        const box: TouchpointLayout = {
            name: touchpoint.name, stage: stage.name, x: node.x + left, y: node.y + top, width: BOX_WIDTH, height: text.height,
            title: text.title, channels: text.channels, personas: text.personas, label: text.label
        };
        if (!feelsAlike(touchpoint)) {
            box.emotions = touchpoint.emotions.map(item => item.emotion);
        } else if (touchpoint.emotion !== undefined) {
            box.emotion = touchpoint.emotion;
        }
        touchpoints.push(box);
        let y = box.y;
        for (const item of attached.get(touchpoint.name) ?? []) {
            place(item, box.x + BOX_WIDTH + SIDE_GAP, y, box);
            y += item.height + STACK_GAP;
        }
    }
    const boxOf = new Map(touchpoints.map(box => [box.name, box]));
    const route = (id: string): Point[] => graph.sections.get(id)!.map(p => ({ x: p.x + left, y: p.y + top }));
    // A bottom port sits under the barriers beside a tall box: reach it from the box itself.
    const fromBox = (name: string, points: Point[]): Point[] => {
        const box = boxOf.get(name)!;
        return [{ x: points[0].x, y: box.y + box.height }, ...points];
    };
    const flows: FlowLayout[] = prepared.flows.map((flow, i) => ({
        from: flow.from, to: flow.to, kind: flow.kind, role: flow.role, points: tidy(fromBox(flow.from, route(`f${i}`)))
    }));
    prepared.connectors.forEach((item, k) => {
        const at = graph.labels.get(`c${k}`)!;
        const size = prepared.graph.connectors[k].size;
        const label: ConnectorLabel = { x: at.x + left, y: at.y + top, ...size, text: item.text };
        const points = route(`c${k}`);
        flows.push({
            from: item.from, to: item.to, kind: item.kind, role: item.role, end: item.end, label,
            points: tidy(item.end === 'source' ? fromBox(item.from, points) : points)
        });
    });
    // Exit tracks: the rightmost port nearest the graph, so no exit crosses another's track.
    const exitRoutes = new Map<number, Point[]>();
    outgoing.map((flow, k) => ({ flow, points: fromBox(flow.from, route(`o${k}`)) }))
        .sort((a, b) => b.points[b.points.length - 1].x - a.points[a.points.length - 1].x)
        .forEach(({ flow, points }, rank) => {
            const port = points[points.length - 1];
            exitRoutes.set(flow.index, tidy([...points, { x: port.x, y: bottom + STAGE_PAD / 2 + rank * ROUTE_STEP }]));
        });
    // Entry tracks come from the left: the leftmost port nearest the graph.
    const entryRoutes = new Map<number, Point[]>();
    incoming.map((flow, k) => ({ flow, points: route(`i${k}`) }))
        .sort((a, b) => a.points[0].x - b.points[0].x)
        .forEach(({ flow, points }, rank) => {
            entryRoutes.set(flow.index, tidy([{ x: points[0].x, y: top - STAGE_PAD / 2 - rank * ROUTE_STEP }, ...points]));
        });

    let y = bottom + STAGE_PAD + outgoing.length * ROUTE_STEP;
    for (const item of loose) {
        place(item, left, y);
        y += item.height + STACK_GAP;
    }
    for (const opportunity of stage.opportunities.filter(item => prepared.home.get(item.name) === undefined)) {
        const { text, label } = prepared.labels.opportunity(opportunity, elsewhere(opportunity), BOX_WIDTH);
        const height = boxHeight([text]);
        opportunities.push({ name: opportunity.name, stage: stage.name, resolves: [...opportunity.resolves], x: left, y, width: BOX_WIDTH, height, title: text, label });
        y += height + STACK_GAP;
    }
    const stacked = y > bottom + STAGE_PAD + outgoing.length * ROUTE_STEP ? STACK_GAP : 0;
    const height = Math.max(y - stacked, top) + STAGE_PAD;
    return { stage, width, height, title, ...(note === undefined ? {} : { note }), touchpoints, barriers, opportunities, flows, links, exits: exitRoutes, entries: entryRoutes };
}

function stack(barrier: BarrierModel, resolvers: readonly OpportunityModel[], boxWidth: number, elsewhere: (opportunity: OpportunityModel) => string[], labels: BoxTexts): Stack {
    const { title, body, label } = labels.barrier(barrier, boxWidth);
    const items: Stack['items'] = [{ model: barrier, title, body, label, y: 0, height: boxHeight([title, body]) }];
    let y = items[0].height;
    for (const opportunity of resolvers) {
        const { text, label } = labels.opportunity(opportunity, elsewhere(opportunity), boxWidth);
        y += STACK_GAP;
        items.push({ model: opportunity, title: text, label, y, height: boxHeight([text]) });
        y += items[items.length - 1].height;
    }
    const lanes = resolvers.length === 0 ? 0 : (resolvers.length + 1) * LINK_LANE;
    return { barrier, boxWidth, items, width: boxWidth + lanes, height: y };
}

/** Places a stack at (x, y); a barrier beside a touchpoint gets a connector from the box. */
function placeStack(item: Stack, stage: string, x: number, y: number, touchpoint?: TouchpointLayout): {
    barrier: BarrierLayout; opportunities: OpportunityLayout[]; links: ResolveLinkLayout[];
} {
    const [head, ...resolvers] = item.items;
    const width = item.boxWidth;
    const barrier: BarrierLayout = {
        name: item.barrier.name, stage, severity: item.barrier.severity, x, y: y + head.y, width, height: head.height, title: head.title, body: head.body!, label: head.label
    };
    if (touchpoint !== undefined) {
        const mid = barrier.y + barrier.height / 2;
        const from = { x: touchpoint.x + touchpoint.width, y: Math.min(Math.max(mid, touchpoint.y + PADDING), touchpoint.y + touchpoint.height - PADDING) };
        barrier.touchpoint = touchpoint.name;
        barrier.connector = dogLeg(from, { x, y: mid }, x - SIDE_GAP / 2);
    }
    const opportunities = resolvers.map(resolver => {
        const model = resolver.model as OpportunityModel;
        return { name: model.name, stage, resolves: [...model.resolves], x, y: y + resolver.y, width, height: resolver.height, title: resolver.title, label: resolver.label };
    });
    // The nearest opportunity takes the innermost lane, so links do not cross each other.
    const links = opportunities.map((opportunity, k) => ({
        opportunity: opportunity.name, barrier: barrier.name,
        points: dogLeg(
            { x: x + width, y: opportunity.y + opportunity.height / 2 },
            { x: x + width, y: barrier.y + barrier.height / 2 },
            x + width + (k + 1) * LINK_LANE
        )
    }));
    return { barrier, opportunities, links };
}
