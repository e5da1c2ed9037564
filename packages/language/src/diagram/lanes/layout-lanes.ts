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
import type { EmotionLaneLayout, EmotionPoint, LaneCellLayout, LaneKind, LaneLayout, StageLayout, TextBlock } from '../diagram-layout.js';
import { LINE_GAP, PADDING, SMALL_SIZE, block, widest } from '../layout-boxes.js';
import { lineHeight, measureText, wrapText } from '../text.js';
import type { Words } from '../words.js';
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
}

export function planLanes(model: JourneyModel, words: Words, clock?: EvidenceClock): LanePlan {
    const title = (kind: LaneKind): TextBlock => block(words.lanes[kind], Infinity, SMALL_SIZE, 'bold');
    const text = ORDER.filter((kind): kind is TextLaneKind => kind !== 'emotion')
        .map(kind => ({ kind, title: title(kind), entries: model.stages.map(stage => laneEntries(kind, stage, words, clock)) }))
        .filter(lane => lane.entries.some(entries => entries.length > 0));
    const felt = model.stages.some(stage => stage.touchpoints.some(touchpoint => touchpoint.emotion !== undefined));
    const emotion = felt ? title('emotion') : undefined;
    const titles = [...text.map(lane => lane.title), ...(emotion ? [emotion] : [])];
    const scale = emotion ? Math.max(...EMOTION_SCALE.map(([, label]) => measureText(label, SCALE_FONT))) + PADDING : 0;
    return { text, ...(emotion ? { emotion } : {}), gutter: titles.length === 0 ? 0 : 2 * PADDING + widest(titles) + scale };
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
export function layoutLanes(plan: LanePlan, model: JourneyModel, stages: readonly StageLayout[], x: number, innerWidth: number, top: number): LanesLayout {
    const last = stages.at(-1);
    const width = Math.max(innerWidth, last === undefined ? 0 : last.x + last.width + CELL_INSET - x);
    const lanes: LaneLayout[] = [];
    let emotionLane: EmotionLaneLayout | undefined;
    let y = top;
    for (const kind of ORDER) {
        if (kind === 'emotion') {
            if (plan.emotion !== undefined) {
                emotionLane = {
                    x, y, width, height: EMOTION_HEIGHT, zeroY: y + EMOTION_HEIGHT / 2, scaleRight: stages[0].x - PADDING, title: plan.emotion,
                    segments: emotionSegments(model, stages, y)
                };
                y += EMOTION_HEIGHT + LANE_GAP;
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
        entries: planned.entries[i].map(entry => ({ lines: wrapText(entry.text, stage.width - 2 * PADDING, SMALL_SIZE), tone: entry.tone }))
    }));
    const cellHeight = (entries: LaneCellLayout['entries']): number => 2 * PADDING
        + entries.reduce((sum, entry) => sum + entry.lines.length * step, 0) + Math.max(0, entries.length - 1) * LINE_GAP;
    const inner = cells.reduce((tallest, cell) => Math.max(tallest, cellHeight(cell.entries)), cellHeight([]) + planned.title.lines.length * step);
    return {
        kind: planned.kind, x, y, width, height: inner + 2 * CELL_INSET, title: planned.title, fontSize: SMALL_SIZE,
        cells: cells.map((cell, i) => ({ ...cell, x: stages[i].x, y: y + CELL_INSET, width: stages[i].width, height: inner }))
    };
}

/**
 * One point per touchpoint in journey order. A stage's touchpoints share few x positions
 * (they stack in columns), so their points spread evenly across the stage's width in
 * journey order: the curve reads left to right as the journey does, stage by stage.
 */
function emotionSegments(model: JourneyModel, stages: readonly StageLayout[], laneTop: number): EmotionPoint[][] {
    const inner = EMOTION_HEIGHT - 2 * PADDING;
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
