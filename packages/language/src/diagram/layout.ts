/**
 * Journey model -> laid-out diagram geometry (diagram-layout.ts): the header with the
 * brief, the legend of flow styles, the stage columns side by side in declaration order
 * (each stage's graph laid out by ELK through stage-layouts.ts, its boxes placed by
 * layout-stage.ts), the flows to the next stage (layout-routes.ts), and the lanes under
 * them (lanes/layout-lanes.ts), in the picture's language (locale/). Deterministic;
 * asynchronous only because elkjs is. The editor preview redraws on every keystroke:
 * unchanged stages come from the cache.
 */
import type { EvidenceClock } from '../model/evidence.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { DiagramLayout, FlowLayout, StageLayout } from './diagram-layout.js';
import { mapLocale } from '../locale/locale.js';
import { displayNames, type DisplayNames } from './display-names.js';
import { legendLayout } from './flow-legend.js';
import { journeyFlows, type JourneyFlows } from './flow-kinds.js';
import { shift } from './geometry.js';
import { colourLegendLayout } from './colour-legend.js';
import { headerLayout } from './header-layout.js';
import { PADDING, boxTexts } from './layout-boxes.js';
import { joinRoute, planRoutes, slotX } from './layout-routes.js';
import { placeStage, prepareStage, type StageDraft } from './layout-stage.js';
import { personaCards } from './persona-cards.js';
import { layoutLanes, planLanes, type LanePlan } from './lanes/layout-lanes.js';
import type { StageLayouts } from './stage-layouts.js';
import { messagesFor } from '../locale/messages.js';
import type { DiagramWords } from '../locale/diagram-words.js';
import type { Locale } from '../locale/locale.js';

const MARGIN = 24;
const STAGE_GAP = 40;
/** The least room left of the first stage (the lanes' titles may need more). */
const SCALE_GUTTER = 64;
const MIN_WIDTH = 480;

export interface LayoutOptions {
    /** The language of the picture's own words; by default the map's own (locale/locale.ts). */
    locale?: Locale;
    /** "Today" and the age limit of stale-evidence; without it no evidence is marked stale. */
    evidence?: EvidenceClock;
}

/** What the picture says in its own words and how it names things, fixed once per layout. */
interface Speech {
    locale: Locale;
    words: DiagramWords;
    names: DisplayNames;
    lanes: LanePlan;
    evidence?: EvidenceClock;
}

/** `layouts` lays out the stages' graphs with ELK and keeps them for the next call. */
export async function layoutJourney(model: JourneyModel, layouts: StageLayouts, options: LayoutOptions = {}): Promise<DiagramLayout> {
    const locale = options.locale ?? mapLocale(model);
    const words = messagesFor(locale).diagram;
    const names = displayNames(model);
    const speech: Speech = { locale, words, names, lanes: planLanes(model, words, names, options.evidence), ...(options.evidence ? { evidence: options.evidence } : {}) };
    const texts = boxTexts(speech.names, words, model.persona !== undefined);
    const flows = journeyFlows(model);
    // Hops grouped by source stage once: filtering them per stage cost stages x hops.
    const leaving = model.stages.map((): JourneyFlows['hops'] => []);
    flows.hops.forEach(hop => leaving[hop.stage].push(hop));
    const prepared = model.stages.map((stage, i) => prepareStage(stage, flows.inside[i],
        leaving[i], i > 0 ? leaving[i - 1] : [], flows.connectors[i], texts));
    const graphs = await layouts.layout(prepared.map(item => item.graph));
    return assemble(model, prepared.map((item, i) => placeStage(item, graphs[i])), flows, speech);
}

function assemble(model: JourneyModel, drafts: readonly StageDraft[], journey: JourneyFlows, speech: Speech): DiagramLayout {
    // In each gap, the flow leaving (then entering) furthest right takes the leftmost vertical:
    // exits and entries are ranked the same way (layout-stage.ts), so their tracks do not cross.
    const exitX = (hop: JourneyFlows['hops'][number]): number => drafts[hop.stage].exits.get(hop.index)!.at(-1)!.x;
    const entryX = (hop: JourneyFlows['hops'][number]): number => drafts[hop.stage + 1].entries.get(hop.index)![0].x;
    const ordered = [...journey.hops].sort((a, b) => a.stage - b.stage || exitX(b) - exitX(a) || entryX(b) - entryX(a) || a.index - b.index);
    // The arms of a branch into the next stage share one trunk (the first arm's exit and
    // vertical) and split where each turns into its entry: one split, never two wires.
    const trunks = new Map<string, number>();
    for (const hop of ordered) {
        trunks.set(hop.from, Math.min(trunks.get(hop.from) ?? hop.index, hop.index));
    }
    const trunk = (hop: JourneyFlows['hops'][number]): number => trunks.get(hop.from)!;
    const plan = planRoutes(drafts.length, ordered.filter(hop => trunk(hop) === hop.index).map(hop => ({ index: hop.index, from: hop.stage })),
        STAGE_GAP, Math.max(SCALE_GUTTER, speech.lanes.gutter));
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

    const header = headerLayout(model, MARGIN, MARGIN, width - 2 * MARGIN, speech.names, speech.words, speech.evidence);
    const { cards, bottom: cardsBottom } = personaCards(model, speech.words, MARGIN, header.y + header.height + MARGIN / 2, width - 2 * MARGIN);
    const legendTop = (cards.length > 0 ? cardsBottom + MARGIN / 2 : header.y + header.height) + MARGIN / 2;
    const { legend, colourLegend } = legends(model, journey, speech.words, legendTop, width - 2 * MARGIN);
    const legendBottom = Math.max(...[legend, colourLegend].map(box => box === undefined ? 0 : box.y + box.height));
    const top = (legendBottom > 0 ? legendBottom : cards.length > 0 ? cardsBottom : header.y + header.height) + MARGIN;
    const columnHeight = drafts.reduce((tallest, draft) => Math.max(tallest, draft.height), 0);
    const stages: StageLayout[] = drafts.map((draft, i) => ({
        name: draft.stage.name, title: draft.title, label: draft.stage.title ?? draft.stage.name, x: stageX[i], y: top, width: draft.width, height: columnHeight,
        ...(draft.note === undefined ? {} : { note: shift(draft.note, stageX[i], top) })
    }));
    const place = <T extends { x: number; y: number }>(items: readonly T[], i: number): T[] => items.map(item => shift(item, stageX[i], top));
    const placeRoute = <T extends { points: { x: number; y: number }[] }>(item: T, i: number): T => ({ ...item, points: place(item.points, i) });
    const touchpoints = drafts.flatMap((draft, i) => place(draft.touchpoints, i));
    const barriers = drafts.flatMap((draft, i) => place(draft.barriers, i)
        .map(barrier => barrier.connector === undefined ? barrier : { ...barrier, connector: place(barrier.connector, i) }));
    const opportunities = drafts.flatMap((draft, i) => place(draft.opportunities, i));
    const links = drafts.flatMap((draft, i) => draft.links.map(link => placeRoute(link, i)));
    const flows: FlowLayout[] = drafts.flatMap((draft, i) => draft.flows.map(flow => {
        const placed = placeRoute(flow, i);
        return flow.label === undefined ? placed : { ...placed, label: shift(flow.label, stageX[i], top) };
    }));

    const bandTop = top + columnHeight;
    for (const hop of journey.hops) {
        const exit = place(drafts[hop.stage].exits.get(trunk(hop))!, hop.stage);
        const entry = place(drafts[hop.stage + 1].entries.get(hop.index)!, hop.stage + 1);
        const gapLeft = gapX[hop.stage + 1];
        flows.push({ from: hop.from, to: hop.to, kind: hop.kind, role: hop.role, points: joinRoute(exit, entry, slotX(plan, hop.stage + 1, gapLeft, plan.slot.get(trunk(hop))!)) });
    }

    const laneTop = bandTop + MARGIN;
    const { lanes, emotionLane, bottom, right } = layoutLanes(speech.lanes, model, stages, touchpoints, MARGIN, width - 2 * MARGIN, laneTop);
    return {
        width: Math.max(width, right + MARGIN), height: bottom + MARGIN, padding: PADDING, header, personas: cards, stages, touchpoints, barriers, opportunities, flows,
        links, locale: speech.locale, lanes, ...(legend ? { legend } : {}), ...(colourLegend ? { colourLegend } : {}), ...(emotionLane ? { emotionLane } : {})
    };
}

const LEGEND_GAP = 16;

/** The legend of flow styles, and the legend of colours beside it, or under it where the row has no room. */
function legends(model: JourneyModel, journey: JourneyFlows, words: DiagramWords, top: number, width: number): Pick<DiagramLayout, 'legend' | 'colourLegend'> {
    const legend = legendLayout(journey.roles, words.legend, MARGIN, top, width);
    const emotions = model.stages.some(stage => stage.touchpoints.some(touchpoint => touchpoint.emotions.length > 0));
    const severities = model.stages.flatMap(stage => stage.barriers.map(barrier => barrier.severity));
    const besideX = legend === undefined ? MARGIN : legend.x + legend.width + LEGEND_GAP;
    // Beside the flow legend when it fits there unwrapped; else under it, wrapped to the picture's width.
    const beside = colourLegendLayout(emotions, severities, words, besideX, top, Infinity);
    const fits = beside === undefined || beside.x + beside.width <= MARGIN + width;
    const colourLegend = fits ? beside : colourLegendLayout(emotions, severities, words, MARGIN, legend === undefined ? top : legend.y + legend.height + MARGIN / 2, width);
    return { ...(legend ? { legend } : {}), ...(colourLegend ? { colourLegend } : {}) };
}
