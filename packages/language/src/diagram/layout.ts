/**
 * Journey model -> laid-out diagram geometry (diagram-layout.ts): the header with the
 * brief, the stage columns side by side in declaration order (each laid out on its own by
 * layout-stage.ts), the flows between stages (layout-routes.ts), and the lanes under them
 * (lanes/layout-lanes.ts), in the picture's language (words.ts). Pure and synchronous, linear in the size of the journey: the
 * editor preview redraws it on every keystroke.
 */
import type { EvidenceClock } from '../model/evidence.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { DiagramLayout, FlowLayout, StageLayout } from './diagram-layout.js';
import { mapLocale } from './diagram-locale.js';
import { displayNames, type DisplayNames } from './display-names.js';
import { shift } from './geometry.js';
import { PADDING, boxHeight, boxTexts, briefText } from './layout-boxes.js';
import { joinRoute, planRoutes, slotX, type StageHop } from './layout-routes.js';
import { ROUTE_STEP, layoutStage, type CrossFlow, type StageDraft } from './layout-stage.js';
import { layoutLanes, planLanes, type LanePlan } from './lanes/layout-lanes.js';
import { WORDS, type Locale, type Words } from './words.js';

const MARGIN = 24;
const STAGE_GAP = 40;
/** The least room left of the first stage (the lanes' titles may need more). */
const SCALE_GUTTER = 64;
const MIN_WIDTH = 480;

export interface LayoutOptions {
    /** The language of the picture's own words; by default the map's own (diagram-locale.ts). */
    locale?: Locale;
    /** "Today" and the age limit of stale-evidence; without it no evidence is marked stale. */
    evidence?: EvidenceClock;
}

/** What the picture says in its own words and how it names things, fixed once per layout. */
interface Speech {
    locale: Locale;
    words: Words;
    names: DisplayNames;
    lanes: LanePlan;
}

export function layoutJourney(model: JourneyModel, options: LayoutOptions = {}): DiagramLayout {
    const locale = options.locale ?? mapLocale(model);
    const words = WORDS[locale];
    const speech: Speech = { locale, words, names: displayNames(model), lanes: planLanes(model, words, options.evidence) };
    const texts = boxTexts(speech.names, words);
    const stageOf = new Map(model.stages.flatMap((stage, i) => stage.touchpoints.map(touchpoint => [touchpoint.name, i] as const)));
    const drawn = model.flows.filter(flow => stageOf.has(flow.from) && stageOf.has(flow.to));
    const cross: CrossFlow[] = drawn
        .filter(flow => stageOf.get(flow.from) !== stageOf.get(flow.to))
        .map((flow, index) => ({ index, from: flow.from, to: flow.to, kind: flow.kind }));
    const drafts: StageDraft[] = [];
    for (const [i, stage] of model.stages.entries()) {
        const inside = drawn.filter(flow => stageOf.get(flow.from) === i && stageOf.get(flow.to) === i);
        drafts.push(layoutStage(stage, inside,
            cross.filter(flow => stageOf.get(flow.from) === i), cross.filter(flow => stageOf.get(flow.to) === i), texts));
    }
    const hops: StageHop[] = cross.map(flow => ({ index: flow.index, from: stageOf.get(flow.from)!, to: stageOf.get(flow.to)! }));
    return assemble(model, drafts, cross, hops, speech);
}

function assemble(model: JourneyModel, drafts: readonly StageDraft[], cross: readonly CrossFlow[], hops: readonly StageHop[], speech: Speech): DiagramLayout {
    const plan = planRoutes(drafts.length, hops, STAGE_GAP, Math.max(SCALE_GUTTER, speech.lanes.gutter));
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

    const { title, brief } = briefText(model, width - 2 * MARGIN, speech.names, speech.words);
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
    const { lanes, emotionLane, bottom, right } = layoutLanes(speech.lanes, model, stages, MARGIN, width - 2 * MARGIN, laneTop);
    return {
        width: Math.max(width, right + MARGIN), height: bottom + MARGIN, padding: PADDING, header, stages, touchpoints, barriers, opportunities, flows, links,
        locale: speech.locale, lanes, ...(emotionLane ? { emotionLane } : {})
    };
}
