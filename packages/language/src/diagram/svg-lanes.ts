/**
 * The lanes under the stages as SVG: each a `<g class="cjm-lane" data-cjm-lane="KIND">`
 * with its band, its title, and (text lanes) one `<g class="cjm-lane-cell"
 * data-cjm-stage="STAGE">` per stage; the emotion lane also keeps its `cjm-emotion-lane`
 * class. A metric is a `<g class="cjm-metric" data-cjm-id="METRIC">` in its cell, a research
 * question a `<g class="cjm-question" data-cjm-id="TEXT">` (the diff names a question by its
 * text) holding either the question, open, or one `<g class="cjm-answer">` of its answers
 * (so a question answered in several places has several groups); an entry cut with an
 * ellipsis has its whole text in a `<title>`. Drawn by svg.ts; absolute coordinates, no
 * transform.
 */
import type { DiagramLayout, EmotionLaneLayout, EntryOf, LaneLayout, LaneTone } from './diagram-layout.js';
import { LINE_GAP, TITLE_SIZE } from './layout-boxes.js';
import { emotionLaneGroup } from './svg-emotions.js';
import { el, escapeXml, rect, textLines } from './svg-markup.js';
import { lineHeight } from './text.js';
import type { Theme } from './theme.js';

const LANE_RADIUS = 6;
const CELL_RADIUS = 4;

/** Puts a change's mark on an entry's group (`markup`, drawn for `box`, a removed one struck at `titleTop`'s title line); svg.ts's own marker. */
export type EntryMarker = (kind: EntryOf['kind'], box: { name: string; x: number; y: number; width: number; height: number }, markup: string, titleTop: number) => string;

const unmarked: EntryMarker = (_kind, _box, markup) => markup;

/** Every lane, top to bottom, so that the SVG reads in the order the picture does. */
export function lanes(layout: DiagramLayout, pad: number, theme: Theme, mark: EntryMarker = unmarked): string {
    const drawn: [number, string][] = layout.lanes.map(lane => [lane.y, laneGroup(lane, pad, theme, mark)]);
    if (layout.emotionLane !== undefined) {
        const lane = layout.emotionLane;
        drawn.push([lane.y, emotionLaneGroup(lane, pad, theme, rect(lane, theme.emotionLane.fill, theme.emotionLane.border, LANE_RADIUS) + title(lane, pad, theme))]);
    }
    return drawn.sort(([a], [b]) => a - b).map(([, markup]) => markup).join('\n');
}

function title(lane: LaneLayout | EmotionLaneLayout, pad: number, theme: Theme): string {
    return textLines(lane.title.lines, lane.x + pad, lane.y + pad, { fontSize: lane.title.fontSize, weight: lane.title.weight, fill: theme.lane.title });
}

function laneGroup(lane: LaneLayout, pad: number, theme: Theme, mark: EntryMarker): string {
    const colours = theme.lane;
    const tone: Readonly<Record<LaneTone, string>> = { text: colours.text, met: colours.met, notMet: colours.notMet, stale: colours.stale };
    const step = lineHeight(lane.fontSize);
    const cells = lane.cells.map(cell => {
        let y = cell.y + pad;
        const entries = cell.entries.map(entry => {
            const top = y;
            const text = entry.parts.map(part => {
                const lines = textLines(part.lines, cell.x + pad, y, { fontSize: lane.fontSize, weight: 'normal', fill: tone[part.tone] });
                y += part.lines.length * step;
                return lines;
            }).join('');
            y += LINE_GAP;
            const title = entry.label === undefined ? '' : el('title', {}, escapeXml(entry.label));
            const own = entry.answer || entry.label !== undefined ? el('g', { class: entry.answer ? 'cjm-answer' : 'cjm-entry' }, title + text) : text;
            if (entry.of === undefined) {
                return own;
            }
            // The entry's own group (an answer, a cut entry with its title) stays whole inside the new one.
            const box = { name: entry.of.name, x: cell.x, y: top - pad / 2, width: cell.width, height: y - LINE_GAP - top + pad };
            // The strike is drawn through a title line; centred on the entry's first, smaller, line.
            const strikeTop = top + (step - lineHeight(TITLE_SIZE)) / 2;
            return mark(entry.of.kind, box, el('g', { class: `cjm-${entry.of.kind}`, 'data-cjm-id': entry.of.name }, own), strikeTop);
        });
        return el('g', { class: 'cjm-lane-cell', 'data-cjm-stage': cell.stage },
            rect(cell, colours.cell, colours.cellBorder, CELL_RADIUS) + entries.join(''));
    });
    return el('g', { class: 'cjm-lane', 'data-cjm-lane': lane.kind },
        rect(lane, colours.fill, colours.border, LANE_RADIUS) + title(lane, pad, theme) + cells.join(''));
}
