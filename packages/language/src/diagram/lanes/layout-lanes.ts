/**
 * The lanes under the stages, each a row as wide as the picture with its title at the
 * left, in the gutter before the first stage: what the customer does, thinks and feels
 * (the emotion curve), the stages' metrics and research. Each text lane has one cell per
 * stage, right under the stage's column, so a stage reads top to bottom. A lane with
 * nothing in any stage is left out. Planned before the stages are placed (the gutter must
 * hold the titles), laid out after.
 */
import type { EvidenceClock } from '../../model/evidence.js';
import type { JourneyModel } from '../../model/journey-model.js';
import type { EmotionLaneLayout, LaneCellLayout, LaneEntry, LaneKind, LaneLayout, StageLayout, TextBlock, TouchpointLayout } from '../diagram-layout.js';
import type { DisplayNames } from '../display-names.js';
import { LINE_GAP, PADDING, SMALL_SIZE, block, widest } from '../layout-boxes.js';
import { lineHeight, measureText, wrapClamped } from '../text.js';
import type { DiagramWords } from '../../locale/diagram-words.js';
import { emotionCurves, emotionKeys, hasEmotions } from './emotion-curves.js';
import { laneEntries, type EntryText, type TextLaneKind } from './lane-entries.js';

const ORDER: readonly LaneKind[] = ['action', 'thought', 'emotion', 'metric', 'research'];
const LANE_GAP = 8;
/** Room between a lane's border and its cells, above and below. */
const CELL_INSET = 4;
const EMOTION_HEIGHT = 96;
/** The emotion lane's labelled levels, with a true minus sign, and their font. */
export const EMOTION_SCALE: readonly (readonly [number, string])[] = [[2, '+2'], [0, '0'], [-2, '\u22122']];
export const SCALE_FONT = 10;

export interface LanePlan {
    /** The text lanes with an entry somewhere, in lane order, with their entries per stage. */
    text: { kind: TextLaneKind; title: TextBlock; entries: EntryText[][] }[];
    /** The emotion lane's title; absent when no touchpoint has an emotion. */
    emotion?: TextBlock;
    /** The least room left of the first stage for the titles and the emotion scale. */
    gutter: number;
    /** How the picture names personas and says roles, for the emotion lane's key. */
    names: DisplayNames;
    words: DiagramWords;
}

export function planLanes(model: JourneyModel, words: DiagramWords, names: DisplayNames, clock?: EvidenceClock): LanePlan {
    const title = (kind: LaneKind): TextBlock => block(words.lanes[kind], Infinity, SMALL_SIZE, 'bold');
    // Counted once: counted per stage, it cost stages x touchpoints.
    const speech = { words, names, personas: lanePersonas(model) };
    const text = ORDER.filter((kind): kind is TextLaneKind => kind !== 'emotion')
        .map(kind => ({ kind, title: title(kind), entries: model.stages.map(stage => laneEntries(kind, stage, speech, clock)) }))
        .filter(lane => lane.entries.some(entries => entries.length > 0));
    const emotion = hasEmotions(model) ? title('emotion') : undefined;
    const titles = [...text.map(lane => lane.title), ...(emotion ? [emotion] : [])];
    const scale = emotion ? Math.max(...EMOTION_SCALE.map(([, label]) => measureText(label, SCALE_FONT))) + PADDING : 0;
    return { text, ...(emotion ? { emotion } : {}), gutter: titles.length === 0 ? 0 : 2 * PADDING + widest(titles) + scale, names, words };
}

/** How many personas the journey's touchpoints are for: with several, each lane entry says whose it is. */
function lanePersonas(model: JourneyModel): number {
    return new Set(model.stages.flatMap(stage => stage.touchpoints).flatMap(touchpoint => touchpoint.personas)).size;
}

export interface LanesLayout {
    lanes: LaneLayout[];
    emotionLane?: EmotionLaneLayout;
    /** y just below the last lane (`top` when there is none). */
    bottom: number;
    /** x of the lanes' right edge (`x + width`, or further to keep the last cell off the border). */
    right: number;
}

/** Lays the planned lanes out from `top` down, `x` and `width` being the picture's inner extent. */
export function layoutLanes(
    plan: LanePlan, model: JourneyModel, stages: readonly StageLayout[], touchpoints: readonly TouchpointLayout[], x: number, innerWidth: number, top: number
): LanesLayout {
    const last = stages.at(-1);
    const width = Math.max(innerWidth, last === undefined ? 0 : last.x + last.width + CELL_INSET - x);
    const lanes: LaneLayout[] = [];
    let emotionLane: EmotionLaneLayout | undefined;
    let y = top;
    for (const kind of ORDER) {
        if (kind === 'emotion') {
            if (plan.emotion !== undefined) {
                emotionLane = emotionLaneLayout(plan, plan.emotion, model, stages, touchpoints, x, width, y);
                y += emotionLane.height + LANE_GAP;
            }
            continue;
        }
        const planned = plan.text.find(lane => lane.kind === kind);
        if (planned !== undefined) {
            const lane = textLane(planned, stages, x, width, y);
            lanes.push(lane);
            y += lane.height + LANE_GAP;
        }
    }
    return { lanes, ...(emotionLane ? { emotionLane } : {}), bottom: y === top ? top : y - LANE_GAP, right: x + width };
}

function textLane(planned: LanePlan['text'][number], stages: readonly StageLayout[], x: number, width: number, y: number): LaneLayout {
    const step = lineHeight(SMALL_SIZE);
    const cells = stages.map((stage, i) => ({
        stage: stage.name,
        entries: planned.entries[i].map(entry => wrapEntry(entry, stage.width - 2 * PADDING))
    }));
    const cellHeight = (entries: LaneCellLayout['entries']): number => 2 * PADDING
        + entries.reduce((sum, entry) => sum + entryLines(entry) * step, 0) + Math.max(0, entries.length - 1) * LINE_GAP;
    const inner = cells.reduce((tallest, cell) => Math.max(tallest, cellHeight(cell.entries)), cellHeight([]) + planned.title.lines.length * step);
    return {
        kind: planned.kind, x, y, width, height: inner + 2 * CELL_INSET, title: planned.title, fontSize: SMALL_SIZE,
        cells: cells.map((cell, i) => ({ ...cell, x: stages[i].x, y: y + CELL_INSET, width: stages[i].width, height: inner }))
    };
}

/** An entry's parts wrapped to `width`, each cut past its `maxLines`; a cut entry keeps its whole text as its label. */
function wrapEntry(entry: EntryText, width: number): LaneEntry {
    const parts = entry.parts.map(part => ({ part, ...wrapClamped(part.text, width, SMALL_SIZE, 'normal', part.maxLines ?? Infinity) }));
    const cut = parts.some(part => part.cut);
    return {
        parts: parts.map(({ part, lines }) => ({ lines, tone: part.tone })),
        ...(entry.answer ? { answer: true } : {}),
        ...(entry.of === undefined ? {} : { of: entry.of }),
        ...(cut ? { label: entry.parts.map(part => part.text).join('\n') } : {})
    };
}

export function entryLines(entry: LaneEntry): number {
    return entry.parts.reduce((sum, part) => sum + part.lines.length, 0);
}

/** The emotion lane: the key of the curves (with several), then the -2..+2 plot under it. */
function emotionLaneLayout(
    plan: LanePlan, title: TextBlock, model: JourneyModel, stages: readonly StageLayout[], touchpoints: readonly TouchpointLayout[], x: number, width: number, y: number
): EmotionLaneLayout {
    const { keys, height: keyHeight } = emotionKeys(model, plan.names, plan.words, stages[0].x, y + PADDING, x + width - PADDING);
    const plotTop = keyHeight === 0 ? y : y + PADDING + keyHeight;
    const zeroY = plotTop + EMOTION_HEIGHT / 2;
    const unit = (EMOTION_HEIGHT - 2 * PADDING) / 4;
    const curves = emotionCurves(model, touchpoints, emotion => zeroY - emotion * unit);
    return { x, y, width, height: plotTop - y + EMOTION_HEIGHT, zeroY, unit, scaleRight: stages[0].x - PADDING, title, curves, keys };
}
