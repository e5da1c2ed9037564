/**
 * The emotion lane's curves: one per persona with emotions (the targets, the journey's
 * other personas, then the touchpoints that name no persona), each point under its touchpoint's
 * box, and lines along the flow graph: a flow through touchpoints where the persona has
 * no emotion is joined, a branch splits the curve into its arms, and a loop back draws no
 * line back across the picture. With several curves each gets a colour and a marker
 * shape and a key entry naming the persona with its role.
 */
import { joinFlows } from '../../model/flow.js';
import type { JourneyModel } from '../../model/journey-model.js';
import type { EmotionCurve, EmotionKey, MarkerShape, Point, TouchpointLayout } from '../diagram-layout.js';
import type { DisplayNames } from '../display-names.js';
import { SMALL_SIZE, block, widest } from '../layout-boxes.js';
import { lineHeight } from '../text.js';
import type { DiagramWords } from '../../locale/diagram-words.js';

export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'triangle', 'triangleDown'];
/** Room between the points of several curves under one box, so that equal emotions stay apart. */
const CURVE_STEP = 8;
const KEY_MARKER = 14;
/** Stacked boxes' points keep this share of the box's width from either edge. */
const SPREAD = 0.2;
const KEY_GAP = 16;

interface CurveData {
    persona?: string;
    emotions: Map<string, number>;
}

/** Each persona's emotions by touchpoint: the targets' in their order, then the other personas'; the customer's (no persona) last. */
function curveData(model: JourneyModel): CurveData[] {
    const byPersona = new Map<string | undefined, Map<string, number>>();
    for (const touchpoint of model.stages.flatMap(stage => stage.touchpoints)) {
        for (const { persona, emotion } of touchpoint.emotions) {
            const emotions = byPersona.get(persona) ?? new Map<string, number>();
            emotions.set(touchpoint.name, Math.max(-2, Math.min(2, emotion)));
            byPersona.set(persona, emotions);
        }
    }
    // The targets first, as the brief names them, then the journey's other personas.
    const order = [...model.targets, ...model.personas.map(persona => persona.name), ...byPersona.keys()];
    return [...new Set(order)].filter(persona => byPersona.has(persona)).map(persona => ({ persona, emotions: byPersona.get(persona)! }));
}

/** Whether the lane has anything to draw. */
export function hasEmotions(model: JourneyModel): boolean {
    return model.stages.some(stage => stage.touchpoints.some(touchpoint => touchpoint.emotions.length > 0));
}

/** The curves, `y` giving a point's height for an emotion. */
export function emotionCurves(model: JourneyModel, touchpoints: readonly TouchpointLayout[], y: (emotion: number) => number): EmotionCurve[] {
    const data = curveData(model);
    const boxes = new Map(touchpoints.map(box => [box.name, box]));
    const across = pointX(touchpoints);
    const order = new Map(model.stages.flatMap(stage => stage.touchpoints).map((touchpoint, i) => [touchpoint.name, i]));
    return data.map(({ persona, emotions }, index) => {
        const offset = data.length === 1 ? 0 : (index - (data.length - 1) / 2) * CURVE_STEP;
        const points = [...emotions].filter(([name]) => boxes.has(name)).map(([touchpoint, emotion]) =>
            ({ touchpoint, emotion, x: across.get(touchpoint)! + offset, y: y(emotion) }));
        const at = new Map(points.map(point => [point.touchpoint, point]));
        const lines = joinFlows(model.flows, new Set(at.keys()))
            .filter(flow => order.get(flow.to)! > order.get(flow.from)!)
            .map((flow): [Point, Point] => [xy(at.get(flow.from)!), xy(at.get(flow.to)!)]);
        const style = data.length === 1 ? undefined : { colour: index, shape: MARKER_SHAPES[index % MARKER_SHAPES.length] };
        return { ...(persona === undefined ? {} : { persona }), ...(style ? { style } : {}), points, lines };
    });
}

/**
 * Where a touchpoint's points go across its box. Boxes stacked in one column share their
 * x range, so their points spread across it top to bottom (left to right): the curve
 * then reads in the flow's direction instead of running up and down one vertical.
 */
function pointX(touchpoints: readonly TouchpointLayout[]): Map<string, number> {
    const columns = new Map<string, TouchpointLayout[]>();
    for (const box of touchpoints) {
        const key = `${box.stage}\u0000${box.x}`;
        columns.set(key, [...columns.get(key) ?? [], box]);
    }
    const x = new Map<string, number>();
    for (const column of columns.values()) {
        const sorted = [...column].sort((a, b) => a.y - b.y);
        sorted.forEach((box, rank) => {
            const share = sorted.length === 1 ? 0.5 : SPREAD + ((1 - 2 * SPREAD) * rank) / (sorted.length - 1);
            x.set(box.name, box.x + share * box.width);
        });
    }
    return x;
}

function xy({ x, y }: Point): Point {
    return { x, y };
}

/** The key row: one entry per curve, left to right from `x`, wrapping at `right`; empty with one curve. */
export function emotionKeys(model: JourneyModel, names: DisplayNames, words: DiagramWords, x: number, top: number, right: number): { keys: EmotionKey[]; height: number } {
    const data = curveData(model);
    if (data.length < 2) {
        return { keys: [], height: 0 };
    }
    const roles = new Map(model.personas.map(persona => [persona.name, persona.role]));
    const row = lineHeight(SMALL_SIZE);
    const keys: EmotionKey[] = [];
    let left = x;
    let y = top;
    data.forEach(({ persona }, index) => {
        const role = persona === undefined ? undefined : roles.get(persona);
        const text = persona === undefined ? words.customer : `${names.persona(persona)}${role === undefined ? '' : ` (${words.role(role)})`}`;
        const label = block(text, Infinity, SMALL_SIZE);
        const width = KEY_MARKER + widest([label]);
        if (left > x && left + width > right) {
            left = x;
            y += row;
        }
        keys.push({
            ...(persona === undefined ? {} : { persona }), style: { colour: index, shape: MARKER_SHAPES[index % MARKER_SHAPES.length] },
            marker: { x: left + KEY_MARKER / 2 - 2, y: y + row / 2 }, label, textX: left + KEY_MARKER, textY: y
        });
        left += width + KEY_GAP;
    });
    return { keys, height: y + row - top };
}
