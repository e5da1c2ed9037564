/**
 * The lanes under the stages as SVG: each a `<g class="cjm-lane" data-cjm-lane="KIND">`
 * with its band, its title, and (text lanes) one `<g class="cjm-lane-cell"
 * data-cjm-stage="STAGE">` per stage; the emotion lane also keeps its `cjm-emotion-lane`
 * class. Drawn by svg.ts; absolute coordinates, no transform.
 */
import type { DiagramLayout, EmotionLaneLayout, LaneLayout, LaneTone } from './diagram-layout.js';
import { LINE_GAP } from './layout-boxes.js';
import { EMOTION_SCALE, SCALE_FONT } from './lanes/layout-lanes.js';
import { el, polylineData, rect, textLines, type TextStyle } from './svg-markup.js';
import { lineHeight } from './text.js';
import { emotionColour, type Theme } from './theme.js';

const LANE_RADIUS = 6;
const CELL_RADIUS = 4;
const POINT_RADIUS = 4;

/** Every lane, top to bottom, so that the SVG reads in the order the picture does. */
export function lanes(layout: DiagramLayout, pad: number, theme: Theme): string {
    const drawn: [number, string][] = layout.lanes.map(lane => [lane.y, laneGroup(lane, pad, theme)]);
    if (layout.emotionLane !== undefined) {
        drawn.push([layout.emotionLane.y, emotionLaneGroup(layout.emotionLane, pad, theme)]);
    }
    return drawn.sort(([a], [b]) => a - b).map(([, markup]) => markup).join('\n');
}

function title(lane: LaneLayout | EmotionLaneLayout, pad: number, theme: Theme): string {
    return textLines(lane.title.lines, lane.x + pad, lane.y + pad, { fontSize: lane.title.fontSize, weight: lane.title.weight, fill: theme.lane.title });
}

function laneGroup(lane: LaneLayout, pad: number, theme: Theme): string {
    const colours = theme.lane;
    const tone: Readonly<Record<LaneTone, string>> = { text: colours.text, met: colours.met, notMet: colours.notMet, stale: colours.stale };
    const step = lineHeight(lane.fontSize);
    const cells = lane.cells.map(cell => {
        let y = cell.y + pad;
        const entries = cell.entries.map(entry => {
            const text = textLines(entry.lines, cell.x + pad, y, { fontSize: lane.fontSize, weight: 'normal', fill: tone[entry.tone] });
            y += entry.lines.length * step + LINE_GAP;
            return text;
        });
        return el('g', { class: 'cjm-lane-cell', 'data-cjm-stage': cell.stage },
            rect(cell, colours.cell, colours.cellBorder, CELL_RADIUS) + entries.join(''));
    });
    return el('g', { class: 'cjm-lane', 'data-cjm-lane': lane.kind },
        rect(lane, colours.fill, colours.border, LANE_RADIUS) + title(lane, pad, theme) + cells.join(''));
}

/** y of an emotion on the lane: -2..+2 spans the lane's inner height around `zeroY`. */
function emotionY(lane: EmotionLaneLayout, pad: number, emotion: number): number {
    return lane.zeroY - (emotion * (lane.height - 2 * pad)) / 4;
}

function emotionLaneGroup(lane: EmotionLaneLayout, pad: number, theme: Theme): string {
    const colours = theme.emotionLane;
    const label: TextStyle = { fontSize: SCALE_FONT, weight: 'normal', fill: colours.text };
    // A one-line label's line box centred on its level.
    const scale = EMOTION_SCALE.map(([emotion, text]) =>
        textLines([text], lane.scaleRight, emotionY(lane, pad, emotion) - lineHeight(SCALE_FONT) / 2, label, 'end'));
    const [gridLeft, gridRight] = [lane.scaleRight + pad / 2, lane.x + lane.width - pad];
    const grid = [2, 1, 0, -1, -2].map(emotion => {
        const y = emotionY(lane, pad, emotion);
        return el('path', { d: polylineData([{ x: gridLeft, y }, { x: gridRight, y }]), stroke: emotion === 0 ? colours.zero : colours.grid });
    });
    const curves = lane.segments.filter(run => run.length > 1).map(run =>
        el('path', { d: polylineData(run), fill: 'none', stroke: colours.curve, 'stroke-width': 2, 'stroke-linejoin': 'round' }));
    const points = lane.segments.flat().map(point => el('circle', {
        class: 'cjm-emotion-point', 'data-cjm-id': point.touchpoint, 'data-cjm-emotion': point.emotion,
        cx: point.x, cy: point.y, r: POINT_RADIUS, fill: emotionColour(theme, point.emotion), stroke: colours.fill, 'stroke-width': 1.5
    }));
    return el('g', { class: 'cjm-lane cjm-emotion-lane', 'data-cjm-lane': 'emotion' },
        rect(lane, colours.fill, colours.border, LANE_RADIUS) + title(lane, pad, theme) + scale.join('') + grid.join('') + curves.join('') + points.join(''));
}
