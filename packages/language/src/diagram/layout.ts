/**
 * Journey model -> laid-out diagram geometry (diagram-layout.ts): the header with the
 * brief, the stage columns side by side in declaration order (each laid out on its own by
 * layout-stage.ts), the flows between stages (layout-routes.ts), the emotion lane and the
 * stage facts under them. Pure and synchronous, linear in the size of the journey: the
 * editor preview redraws it on every keystroke.
 */
import type { JourneyModel } from '../model/journey-model.js';
import type { DiagramLayout, EmotionPoint, FlowLayout, StageFactsLayout, StageLayout } from './diagram-layout.js';
import { shift } from './geometry.js';
import { PADDING, SMALL_SIZE, boxHeight, briefText, stageFactsText } from './layout-boxes.js';
import { joinRoute, planRoutes, slotX, type StageHop } from './layout-routes.js';
import { ROUTE_STEP, layoutStage, type CrossFlow, type StageDraft } from './layout-stage.js';

const MARGIN = 24;
const STAGE_GAP = 40;
const LANE_HEIGHT = 96;
/** Room left of the first stage for the emotion lane's scale. */
const SCALE_GUTTER = 64;
const MIN_WIDTH = 480;

export function layoutJourney(model: JourneyModel): DiagramLayout {
    const stageOf = new Map(model.stages.flatMap((stage, i) => stage.touchpoints.map(touchpoint => [touchpoint.name, i] as const)));
    const drawn = model.flows.filter(flow => stageOf.has(flow.from) && stageOf.has(flow.to));
    const cross: CrossFlow[] = drawn
        .filter(flow => stageOf.get(flow.from) !== stageOf.get(flow.to))
        .map((flow, index) => ({ index, from: flow.from, to: flow.to, kind: flow.kind }));
    const drafts: StageDraft[] = [];
    for (const [i, stage] of model.stages.entries()) {
        const inside = drawn.filter(flow => stageOf.get(flow.from) === i && stageOf.get(flow.to) === i);
        drafts.push(layoutStage(stage, inside,
            cross.filter(flow => stageOf.get(flow.from) === i), cross.filter(flow => stageOf.get(flow.to) === i)));
    }
    const hops: StageHop[] = cross.map(flow => ({ index: flow.index, from: stageOf.get(flow.from)!, to: stageOf.get(flow.to)! }));
    return assemble(model, drafts, cross, hops);
}

function assemble(model: JourneyModel, drafts: readonly StageDraft[], cross: readonly CrossFlow[], hops: readonly StageHop[]): DiagramLayout {
    const plan = planRoutes(drafts.length, hops, STAGE_GAP, SCALE_GUTTER);
    const gapX: number[] = [];
    const stageX: number[] = [];
    let x = MARGIN;
    drafts.forEach((draft, i) => {
        gapX.push(x);
        x += plan.gapWidths[i];
        stageX.push(x);
        x += draft.width;
    });
    gapX.push(x);
    x += plan.gapWidths[drafts.length];
    const width = Math.max(x, MIN_WIDTH) + MARGIN;

    const { title, brief } = briefText(model, width - 2 * MARGIN);
    const header = { label: model.title ?? model.name, x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: boxHeight([title, brief]), title, brief };
    const top = header.y + header.height + MARGIN;
    const columnHeight = Math.max(0, ...drafts.map(draft => draft.height));
    const stages: StageLayout[] = drafts.map((draft, i) => ({
        name: draft.stage.name, title: draft.title, x: stageX[i], y: top, width: draft.width, height: columnHeight
    }));
    const place = <T extends { x: number; y: number }>(items: readonly T[], i: number): T[] => items.map(item => shift(item, stageX[i], top));
    const placeRoute = <T extends { points: { x: number; y: number }[] }>(item: T, i: number): T => ({ ...item, points: place(item.points, i) });
    const touchpoints = drafts.flatMap((draft, i) => place(draft.touchpoints, i));
    const barriers = drafts.flatMap((draft, i) => place(draft.barriers, i)
        .map(barrier => barrier.connector === undefined ? barrier : { ...barrier, connector: place(barrier.connector, i) }));
    const opportunities = drafts.flatMap((draft, i) => place(draft.opportunities, i));
    const links = drafts.flatMap((draft, i) => draft.links.map(link => placeRoute(link, i)));
    const flows: FlowLayout[] = drafts.flatMap((draft, i) => draft.flows.map(flow => placeRoute(flow, i)));

    const bandTop = top + columnHeight;
    for (const hop of hops) {
        const flow = cross[hop.index];
        const exit = place(drafts[hop.from].exits.get(hop.index)!, hop.from);
        const entry = place(drafts[hop.to].entries.get(hop.index)!, hop.to);
        const exitX = slotX(plan, hop.from + 1, gapX[hop.from + 1], plan.exitSlot.get(hop.index)!);
        const track = plan.bandTrack.get(hop.index);
        const band = track === undefined ? undefined : {
            y: bandTop + (track + 1) * ROUTE_STEP,
            entryX: slotX(plan, hop.to, gapX[hop.to], plan.entrySlot.get(hop.index)!)
        };
        flows.push({ from: flow.from, to: flow.to, kind: flow.kind, points: joinRoute(exit, entry, exitX, band) });
    }

    const laneTop = bandTop + plan.bandTracks * ROUTE_STEP + MARGIN;
    const emotionLane = {
        x: MARGIN, y: laneTop, width: width - 2 * MARGIN, height: LANE_HEIGHT, zeroY: laneTop + LANE_HEIGHT / 2,
        segments: emotionSegments(model, stages, laneTop)
    };
    const factsTop = laneTop + LANE_HEIGHT + MARGIN;
    const stageFacts: StageFactsLayout[] = drafts.map((draft, i) => {
        const facts = stageFactsText(draft.stage, draft.width);
        return { stage: draft.stage.name, x: stageX[i], y: factsTop, width: draft.width, height: facts.height, fontSize: SMALL_SIZE, metrics: facts.metrics, coverage: facts.coverage };
    });
    const height = factsTop + Math.max(0, ...stageFacts.map(facts => facts.height)) + MARGIN;
    return { width, height, padding: PADDING, header, stages, touchpoints, barriers, opportunities, flows, links, emotionLane, stageFacts };
}

/**
 * One point per touchpoint in journey order. A stage's touchpoints share few x positions
 * (they stack in columns), so their points spread evenly across the stage's width in
 * journey order: the curve reads left to right as the journey does, stage by stage.
 */
function emotionSegments(model: JourneyModel, stages: readonly StageLayout[], laneTop: number): EmotionPoint[][] {
    const inner = LANE_HEIGHT - 2 * PADDING;
    const segments: EmotionPoint[][] = [];
    let run: EmotionPoint[] = [];
    model.stages.forEach((stage, i) => {
        const column = stages[i];
        stage.touchpoints.forEach((touchpoint, rank) => {
            if (touchpoint.emotion === undefined) {
                if (run.length > 0) {
                    segments.push(run);
                }
                run = [];
                return;
            }
            const x = column.x + ((rank + 0.5) / stage.touchpoints.length) * column.width;
            const emotion = Math.max(-2, Math.min(2, touchpoint.emotion));
            run.push({ touchpoint: touchpoint.name, emotion, x, y: laneTop + PADDING + ((2 - emotion) / 4) * inner });
        });
    });
    if (run.length > 0) {
        segments.push(run);
    }
    return segments;
}
