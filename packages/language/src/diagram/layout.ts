/**
 * Journey model -> laid-out diagram geometry (diagram-layout.ts). Each stage's touchpoints
 * and the flows between them are laid out by ELK (layered, RIGHT, orthogonal routing) on
 * their own; stage columns are then placed side by side in declaration order, and flows
 * between stages are routed orthogonally through the gaps between columns and a band under
 * them. Barriers hang below their touchpoint inside the touchpoint's ELK node, so ELK keeps
 * them clear of everything; flows attach to ports at the touchpoint's own box.
 * elkjs is imported only when laying out, so the linter's start-up does not pay for it.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { JourneyModel, StageModel } from '../model/journey-model.js';
import type {
    BarrierLayout, DiagramLayout, EmotionPoint, FlowLayout, OpportunityLayout, Point, StageFactsLayout, StageLayout, TouchpointLayout
} from './diagram-layout.js';
import {
    BOX_WIDTH, PADDING, barrierText, blockHeight, boxHeight, briefText, opportunityText, stageFactsText, stageTitle, touchpointText
} from './layout-boxes.js';

const MARGIN = 24;
const STAGE_GAP = 48;
const STAGE_PAD = 16;
const BARRIER_GAP = 6;
const ROUTE_STEP = 6;
const LANE_HEIGHT = 96;

const ELK_OPTIONS: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.randomSeed': '1',
    'elk.layered.thoroughness': '1',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.spacing.nodeNode': '20',
    'elk.layered.spacing.nodeNodeBetweenLayers': '40',
    'elk.spacing.edgeNode': '12',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]'
};

interface ElkLike {
    layout(graph: ElkNode): Promise<ElkNode>;
}

let elk: Promise<ElkLike> | undefined;

function loadElk(): Promise<ElkLike> {
    elk ??= import('elkjs/lib/elk.bundled.js').then(module => {
        const ELK = (module.default ?? module) as unknown as new () => ElkLike;
        return new ELK();
    });
    return elk;
}

/** One stage laid out at its own origin (0, 0) = top left of the stage rect. */
interface StageDraft {
    stage: StageModel;
    width: number;
    height: number;
    layout: Omit<StageLayout, 'x' | 'y'>;
    touchpoints: TouchpointLayout[];
    barriers: BarrierLayout[];
    opportunities: OpportunityLayout[];
    flows: FlowLayout[];
    /** Routes of cross-stage flows inside this stage, by cross-flow index: to the east border, from the west border. */
    exits: Map<number, Point[]>;
    entries: Map<number, Point[]>;
}

interface CrossFlow {
    index: number;
    from: string;
    to: string;
}

export async function layoutJourney(model: JourneyModel): Promise<DiagramLayout> {
    const engine = await loadElk();
    const stageOf = new Map(model.stages.flatMap(stage => stage.touchpoints.map(touchpoint => [touchpoint.name, stage.name] as const)));
    const drafts: StageDraft[] = [];
    const crossFlows = model.flows.filter(flow =>
        stageOf.has(flow.from) && stageOf.has(flow.to) && stageOf.get(flow.from) !== stageOf.get(flow.to));
    const cross: CrossFlow[] = crossFlows.map((flow, index) => ({ index, from: flow.from, to: flow.to }));
    for (const stage of model.stages) {
        const flows = model.flows.filter(flow => stageOf.get(flow.from) === stage.name && stageOf.get(flow.to) === stage.name);
        const outgoing = cross.filter(flow => stageOf.get(flow.from) === stage.name);
        const incoming = cross.filter(flow => stageOf.get(flow.to) === stage.name);
        drafts.push(await layoutStage(engine, stage, flows, outgoing, incoming));
    }
    return assemble(model, drafts, crossFlows);
}

async function layoutStage(
    engine: ElkLike, stage: StageModel, flows: JourneyModel['flows'], outgoing: CrossFlow[], incoming: CrossFlow[]
): Promise<StageDraft> {
    const texts = new Map(stage.touchpoints.map(touchpoint => [touchpoint.name, touchpointText(touchpoint)]));
    const attached = new Map<string, { barrier: StageModel['barriers'][number]; height: number; title: ReturnType<typeof barrierText> }[]>();
    const loose: typeof stage.barriers = [];
    for (const barrier of stage.barriers) {
        if (barrier.touchpoint !== undefined && texts.has(barrier.touchpoint)) {
            const title = barrierText(barrier);
            const list = attached.get(barrier.touchpoint) ?? [];
            list.push({ barrier, title, height: boxHeight([title]) });
            attached.set(barrier.touchpoint, list);
        } else {
            loose.push(barrier);
        }
    }
    const children: ElkNode[] = stage.touchpoints.map(touchpoint => {
        const boxH = texts.get(touchpoint.name)!.height;
        const hanging = (attached.get(touchpoint.name) ?? []).reduce((sum, item) => sum + BARRIER_GAP + item.height, 0);
        return {
            id: `t\u0000${touchpoint.name}`,
            width: BOX_WIDTH,
            height: boxH + hanging,
            layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
            ports: [
                { id: `${touchpoint.name}\u0000w`, x: 0, y: boxH / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'WEST' } },
                { id: `${touchpoint.name}\u0000e`, x: BOX_WIDTH, y: boxH / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'EAST' } }
            ]
        };
    });
    const edges: ElkExtendedEdge[] = flows.map((flow, i) => ({
        id: `f${i}`, sources: [`${flow.from}\u0000e`], targets: [`${flow.to}\u0000w`]
    }));
    // Cross-stage flows leave and enter through ports on the stage graph's own border, so
    // ELK routes them clear of the stage's boxes; assemble() joins them between columns.
    const ports = [
        ...outgoing.map(flow => ({ id: `o${flow.index}`, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'EAST' } })),
        ...incoming.map(flow => ({ id: `i${flow.index}`, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'WEST' } }))
    ];
    edges.push(...outgoing.map(flow => ({ id: `xo${flow.index}`, sources: [`${flow.from}\u0000e`], targets: [`o${flow.index}`] })));
    edges.push(...incoming.map(flow => ({ id: `xi${flow.index}`, sources: [`i${flow.index}`], targets: [`${flow.to}\u0000w`] })));
    const root = await engine.layout({
        id: '\u0000root', layoutOptions: ELK_OPTIONS,
        children: [{ id: '\u0000stage', layoutOptions: { ...ELK_OPTIONS, 'elk.portConstraints': 'FREE' }, ports, children, edges }]
    });
    const graph = root.children![0];
    const nodes = new Map((graph.children ?? []).map(node => [node.id, node]));
    const sections = new Map((graph.edges ?? []).map(edge => [edge.id, edge.sections?.[0]]));

    const width0 = Math.max(BOX_WIDTH, graph.width ?? 0) + 2 * STAGE_PAD;
    const title = stageTitle(stage, width0);
    const top = PADDING + blockHeight(title) + STAGE_PAD;
    const dx = STAGE_PAD;
    const touchpoints: TouchpointLayout[] = [];
    const barriers: BarrierLayout[] = [];
    for (const touchpoint of stage.touchpoints) {
        const node = nodes.get(`t\u0000${touchpoint.name}`)!;
        const text = texts.get(touchpoint.name)!;
        const x = (node.x ?? 0) + dx;
        let y = (node.y ?? 0) + top;
        const layout: TouchpointLayout = {
            name: touchpoint.name, stage: stage.name, x, y, width: BOX_WIDTH, height: text.height,
            title: text.title, channels: text.channels, personas: text.personas
        };
        if (touchpoint.emotion !== undefined) {
            layout.emotion = touchpoint.emotion;
        }
        touchpoints.push(layout);
        y += text.height;
        for (const item of attached.get(touchpoint.name) ?? []) {
            y += BARRIER_GAP;
            barriers.push({
                name: item.barrier.name, stage: stage.name, touchpoint: touchpoint.name, severity: item.barrier.severity,
                x, y, width: BOX_WIDTH, height: item.height, title: item.title
            });
            y += item.height;
        }
    }
    const route = (id: string): Point[] => {
        const section = sections.get(id);
        const raw = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
        return raw.map(p => ({ x: p.x + dx, y: p.y + top }));
    };
    const flowLayouts: FlowLayout[] = flows.map((flow, i) => ({ from: flow.from, to: flow.to, kind: flow.kind, points: tidy(route(`f${i}`)) }));
    const exits = new Map(outgoing.map(flow => [flow.index, route(`xo${flow.index}`)]));
    const entries = new Map(incoming.map(flow => [flow.index, route(`xi${flow.index}`)]));
    // Unattached barriers and opportunities: stacked in a row of columns under the graph.
    let y = top + (graph.height ?? 0) + (stage.touchpoints.length > 0 ? STAGE_PAD : 0);
    for (const barrier of loose) {
        const titleBlock = barrierText(barrier);
        const height = boxHeight([titleBlock]);
        barriers.push({ name: barrier.name, stage: stage.name, severity: barrier.severity, x: dx, y, width: BOX_WIDTH, height, title: titleBlock });
        y += height + BARRIER_GAP;
    }
    const opportunities: OpportunityLayout[] = stage.opportunities.map(opportunity => {
        const titleBlock = opportunityText(opportunity);
        const height = boxHeight([titleBlock]);
        const box = { name: opportunity.name, stage: stage.name, resolves: [...opportunity.resolves], x: dx, y, width: BOX_WIDTH, height, title: titleBlock };
        y += height + BARRIER_GAP;
        return box;
    });
    const height = Math.max(y, top + STAGE_PAD) + STAGE_PAD - (loose.length + opportunities.length > 0 ? BARRIER_GAP : 0);
    return {
        stage, width: width0, height, layout: { name: stage.name, width: width0, height, title },
        touchpoints, barriers, opportunities, flows: flowLayouts, exits, entries
    };
}

/** Drops repeated points and middle points of straight runs. */
function tidy(points: Point[]): Point[] {
    const out: Point[] = [];
    for (const p of points) {
        const last = out[out.length - 1];
        if (last && last.x === p.x && last.y === p.y) {
            continue;
        }
        const before = out[out.length - 2];
        if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
            out[out.length - 1] = p;
        } else {
            out.push(p);
        }
    }
    return out;
}

function shift<T extends { x: number; y: number }>(item: T, dx: number, dy: number): T {
    return { ...item, x: item.x + dx, y: item.y + dy };
}

function assemble(model: JourneyModel, drafts: StageDraft[], crossFlows: JourneyModel['flows']): DiagramLayout {
    const stagesWidth = drafts.reduce((sum, draft) => sum + draft.width, 0) + STAGE_GAP * Math.max(0, drafts.length - 1);
    const width = Math.max(stagesWidth, 480) + 2 * MARGIN;
    const { title, brief } = briefText(model, width - 2 * MARGIN);
    const headerHeight = boxHeight([title, brief]);
    const header = { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: headerHeight, title, brief };
    const stagesTop = MARGIN + headerHeight + MARGIN;
    const bandHeight = Math.max(...drafts.map(draft => draft.height), 0);
    const stages: StageLayout[] = [];
    const result = { touchpoints: [] as TouchpointLayout[], barriers: [] as BarrierLayout[], opportunities: [] as OpportunityLayout[], flows: [] as FlowLayout[] };
    let x = MARGIN;
    for (const draft of drafts) {
        stages.push({ ...draft.layout, x, y: stagesTop, height: bandHeight });
        result.touchpoints.push(...draft.touchpoints.map(item => shift(item, x, stagesTop)));
        result.barriers.push(...draft.barriers.map(item => shift(item, x, stagesTop)));
        result.opportunities.push(...draft.opportunities.map(item => shift(item, x, stagesTop)));
        result.flows.push(...draft.flows.map(flow => ({ ...flow, points: flow.points.map(p => shift(p, x, stagesTop)) })));
        x += draft.width + STAGE_GAP;
    }
    const routeTop = stagesTop + bandHeight + ROUTE_STEP;
    const byName = new Map(result.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    const stageIndex = new Map(stages.map((stage, i) => [stage.name, i]));
    crossFlows.forEach((flow, i) => {
        const from = stageIndex.get(byName.get(flow.from)!.stage)!;
        const to = stageIndex.get(byName.get(flow.to)!.stage)!;
        const exit = drafts[from].exits.get(i)!.map(p => shift(p, stages[from].x, stagesTop));
        const entry = drafts[to].entries.get(i)!.map(p => shift(p, stages[to].x, stagesTop));
        const sy = exit[exit.length - 1].y;
        const ty = entry[0].y;
        const out = stages[from].x + stages[from].width + STAGE_GAP / 2 - (i % 4) * ROUTE_STEP;
        const into = stages[to].x - STAGE_GAP / 2 + (i % 4) * ROUTE_STEP;
        const band = routeTop + i * ROUTE_STEP;
        const between = to === from + 1
            ? [{ x: out, y: sy }, { x: out, y: ty }]
            : [{ x: out, y: sy }, { x: out, y: band }, { x: into, y: band }, { x: into, y: ty }];
        result.flows.push({ from: flow.from, to: flow.to, kind: flow.kind, points: tidy([...exit, ...between, ...entry]) });
    });
    const laneTop = routeTop + crossFlows.length * ROUTE_STEP + MARGIN;
    const emotionLane = { x: MARGIN, y: laneTop, width: width - 2 * MARGIN, height: LANE_HEIGHT, zeroY: laneTop + LANE_HEIGHT / 2, segments: emotionSegments(model, byName, laneTop) };
    const factsTop = laneTop + LANE_HEIGHT + MARGIN;
    const stageFacts: StageFactsLayout[] = drafts.map((draft, i) => {
        const facts = stageFactsText(draft.stage, draft.width);
        return { stage: draft.stage.name, x: stages[i].x, y: factsTop, width: draft.width, height: facts.height, fontSize: 11, metrics: facts.metrics, coverage: facts.coverage };
    });
    const height = factsTop + Math.max(0, ...stageFacts.map(facts => facts.height)) + MARGIN;
    return { width, height, padding: PADDING, header, stages, ...result, links: [], emotionLane, stageFacts };
}

function emotionSegments(model: JourneyModel, byName: Map<string, TouchpointLayout>, laneTop: number): EmotionPoint[][] {
    const segments: EmotionPoint[][] = [];
    let run: EmotionPoint[] = [];
    const inner = LANE_HEIGHT - 2 * PADDING;
    for (const touchpoint of model.stages.flatMap(stage => stage.touchpoints)) {
        const box = byName.get(touchpoint.name)!;
        if (touchpoint.emotion === undefined) {
            if (run.length > 0) {
                segments.push(run);
            }
            run = [];
            continue;
        }
        const emotion = Math.max(-2, Math.min(2, touchpoint.emotion));
        run.push({ touchpoint: touchpoint.name, emotion, x: box.x + box.width / 2, y: laneTop + PADDING + ((2 - emotion) / 4) * inner });
    }
    if (run.length > 0) {
        segments.push(run);
    }
    return segments;
}
