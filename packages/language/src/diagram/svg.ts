/**
 * Laid-out journey diagram -> SVG text (the contract is in spec/diagram.md). Pure and
 * deterministic: no DOM, no Node APIs, no ids; the CLI and the editor preview both call it.
 * Styling is in attributes only, no `<style>`, so an SVG inlined in a page cannot restyle
 * the page; everything is in absolute coordinates, with no `transform`.
 */
import type {
    BarrierLayout, DiagramLayout, EmotionLaneLayout, FlowLayout, HeaderLayout, OpportunityLayout, Point, ResolveLinkLayout, StageFactsLayout,
    StageLayout, TextBlock, TouchpointLayout
} from './diagram-layout.js';
import { FONT_STACK } from './fonts.js';
import type { BarrierSeverity } from '../model/journey-model.js';
import { LINE_GAP } from './layout-boxes.js';
import { arrowheadData, el, escapeXml, num, polylineData, textLines, type TextStyle } from './svg-markup.js';
import { lineHeight, measureText } from './text.js';
import { THEMES, emotionColour, type Theme, type ThemeName } from './theme.js';

export interface SvgOptions {
    theme?: ThemeName;
}

const BOX_RADIUS = 4;
const STAGE_RADIUS = 6;
/** Width of the emotion stripe on a touchpoint's left edge; less than the padding, so it never meets text. */
const STRIPE = 5;
const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;
const SEVERITY_STROKE: Readonly<Record<BarrierSeverity, number>> = { low: 1, medium: 1.25, high: 1.5, critical: 2 };
const LANE_FONT = 10;
const POINT_RADIUS = 4;
const CAPTION = 'Emotion';
/** The emotion lane's labelled levels, with a true minus sign. */
const SCALE: readonly (readonly [number, string])[] = [[2, '+2'], [0, '0'], [-2, '\u22122']];

export function renderSvg(layout: DiagramLayout, options: SvgOptions = {}): string {
    const name = options.theme ?? 'light';
    const theme = THEMES[name];
    if (theme === undefined) {
        throw new Error(`Unknown diagram theme '${String(name)}'.`);
    }
    const pad = layout.padding;
    const parts = [
        el('title', {}, escapeXml(layout.header.label)),
        el('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: theme.background }),
        header(layout.header, pad, theme),
        ...layout.stages.map(stage => stageGroup(stage, pad, theme)),
        emotionLane(layout.emotionLane, pad, theme),
        ...layout.stageFacts.map(facts => stageFacts(facts, pad, theme)),
        ...layout.touchpoints.map(touchpoint => touchpointGroup(touchpoint, pad, theme)),
        ...layout.barriers.map(barrier => barrierGroup(barrier, pad, theme)),
        ...layout.opportunities.map(opportunity => opportunityGroup(opportunity, pad, theme)),
        ...layout.links.map(link => linkGroup(link, theme)),
        ...layout.flows.map(flow => flowGroup(flow, theme))
    ];
    return `${el('svg', {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
        width: layout.width,
        height: layout.height,
        role: 'img',
        class: `cjm-diagram cjm-theme-${name}`,
        'font-family': FONT_STACK
    }, `\n${parts.filter(part => part !== '').join('\n')}\n`)}\n`;
}

function style(text: TextBlock, fill: string): TextStyle {
    return { fontSize: text.fontSize, weight: text.weight, fill };
}

/**
 * Text blocks stacked in a box from its top padding down, a gap between non-empty blocks,
 * as layout-boxes.ts sized the box.
 */
function stacked(blocks: readonly { text: TextBlock; fill: string }[], x: number, top: number): string {
    let y = top;
    const out: string[] = [];
    for (const { text, fill } of blocks.filter(block => block.text.lines.length > 0)) {
        out.push(textLines(text.lines, x, y, style(text, fill)));
        y += text.lines.length * lineHeight(text.fontSize) + LINE_GAP;
    }
    return out.join('');
}

function header(box: HeaderLayout, pad: number, theme: Theme): string {
    return el('g', { class: 'cjm-header' }, stacked([
        { text: box.title, fill: theme.header.title },
        { text: box.brief, fill: theme.header.text }
    ], box.x + pad, box.y + pad));
}

function rect(box: { x: number; y: number; width: number; height: number }, fill: string, stroke: string, radius: number, strokeWidth = 1): string {
    return el('rect', {
        x: box.x, y: box.y, width: box.width, height: box.height, rx: radius,
        fill, stroke, 'stroke-width': strokeWidth === 1 ? undefined : strokeWidth
    });
}

function stageGroup(stage: StageLayout, pad: number, theme: Theme): string {
    return el('g', { class: 'cjm-stage', 'data-cjm-id': stage.name },
        rect(stage, theme.stage.fill, theme.stage.border, STAGE_RADIUS)
        + textLines(stage.title.lines, stage.x + pad, stage.y + pad, style(stage.title, theme.stage.text)));
}

function touchpointGroup(box: TouchpointLayout, pad: number, theme: Theme): string {
    const colours = theme.touchpoint;
    return el('g', { class: 'cjm-touchpoint', 'data-cjm-id': box.name, 'data-cjm-emotion': box.emotion },
        rect(box, colours.fill, colours.border, BOX_RADIUS)
        + (box.emotion === undefined ? '' : el('path', { d: stripeData(box), fill: emotionColour(theme, box.emotion) }))
        + stacked([
            { text: box.title, fill: colours.text },
            { text: box.channels, fill: colours.secondary },
            { text: box.personas, fill: colours.secondary }
        ], box.x + pad, box.y + pad));
}

/** The emotion stripe: the box's left edge, rounded like the box's corners. */
function stripeData(box: TouchpointLayout): string {
    const r = Math.min(BOX_RADIUS, box.height / 2);
    const { x, y, height: h } = box;
    return `M ${num(x + STRIPE)} ${num(y)} L ${num(x + r)} ${num(y)} A ${num(r)} ${num(r)} 0 0 0 ${num(x)} ${num(y + r)}`
        + ` L ${num(x)} ${num(y + h - r)} A ${num(r)} ${num(r)} 0 0 0 ${num(x + r)} ${num(y + h)} L ${num(x + STRIPE)} ${num(y + h)} Z`;
}

function barrierGroup(box: BarrierLayout, pad: number, theme: Theme): string {
    const colours = theme.barrier[box.severity];
    const connector = box.connector === undefined || box.connector.length < 2 ? ''
        : el('path', { d: polylineData(box.connector), fill: 'none', stroke: colours.border, 'stroke-width': SEVERITY_STROKE[box.severity] });
    return el('g', { class: 'cjm-barrier', 'data-cjm-id': box.name, 'data-cjm-severity': box.severity },
        rect(box, colours.fill, colours.border, BOX_RADIUS, SEVERITY_STROKE[box.severity])
        + connector
        + textLines(box.title.lines, box.x + pad, box.y + pad, style(box.title, colours.text)));
}

function opportunityGroup(box: OpportunityLayout, pad: number, theme: Theme): string {
    const colours = theme.opportunity;
    return el('g', { class: 'cjm-opportunity', 'data-cjm-id': box.name },
        rect(box, colours.fill, colours.border, BOX_RADIUS)
        + textLines(box.title.lines, box.x + pad, box.y + pad, style(box.title, colours.text)));
}

/** A polyline with an arrowhead at its end, the polyline first (the shape the contract reads). */
function arrow(points: readonly Point[], colour: string, width: number, dash?: string): string {
    if (points.length < 2) {
        return '';
    }
    const head = arrowheadData(points, ARROW_LENGTH, ARROW_HALF_WIDTH);
    return el('path', { d: polylineData(points), fill: 'none', stroke: colour, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' })
        + (head === '' ? '' : el('path', { d: head, fill: colour }));
}

function flowGroup(flow: FlowLayout, theme: Theme): string {
    const explicit = flow.kind === 'arrow';
    return el('g', { class: 'cjm-flow', 'data-cjm-from': flow.from, 'data-cjm-to': flow.to, 'data-cjm-kind': flow.kind },
        arrow(flow.points, explicit ? theme.flow.arrow : theme.flow.next, explicit ? 1.5 : 1.25));
}

function linkGroup(link: ResolveLinkLayout, theme: Theme): string {
    return el('g', { class: 'cjm-link', 'data-cjm-from': link.opportunity, 'data-cjm-to': link.barrier },
        arrow(link.points, theme.link, 1.25, '5 3'));
}

/** y of an emotion on the lane: -2..+2 spans the lane's inner height around `zeroY`. */
function emotionY(lane: EmotionLaneLayout, pad: number, emotion: number): number {
    return lane.zeroY - (emotion * (lane.height - 2 * pad)) / 4;
}

/** Top of a one-line label whose line box is centred on `y`. */
function labelTop(y: number): number {
    return y - lineHeight(LANE_FONT) / 2;
}

interface LaneScale {
    labels: string;
    gridLeft: number;
    gridRight: number;
}

/**
 * The lane's caption and its -2 / 0 / +2 labels, and the grid's extent. Points lie at their
 * touchpoints' x, so the labels go to the lane's end with room for them before the first or
 * after the last point, the caption only where it fits too; left when neither has room.
 */
function laneScale(lane: EmotionLaneLayout, pad: number, fill: string, xs: readonly number[]): LaneScale {
    const label: TextStyle = { fontSize: LANE_FONT, weight: 'normal', fill };
    const scaleWidth = Math.max(...SCALE.map(([, text]) => measureText(text, LANE_FONT)));
    const captionWidth = measureText(CAPTION, LANE_FONT, 'bold') + pad / 2;
    const right = lane.x + lane.width;
    const room = { left: Math.min(right, ...xs) - lane.x, right: right - Math.max(lane.x, ...xs) };
    const needs = (caption: boolean): number => pad + (caption ? captionWidth : 0) + scaleWidth + pad / 2 + POINT_RADIUS;
    const [side, caption] = ([['left', true], ['right', true], ['left', false], ['right', false]] as const)
        .find(([where, withCaption]) => room[where] >= needs(withCaption)) ?? ['left', false];
    const width = (caption ? captionWidth : 0) + scaleWidth;
    const blockLeft = side === 'left' ? lane.x + pad : right - pad - width;
    const captionText = caption ? textLines([CAPTION], blockLeft, labelTop(lane.zeroY), { ...label, weight: 'bold' }) : '';
    const scale = SCALE.map(([emotion, text]) => textLines([text], blockLeft + width, labelTop(emotionY(lane, pad, emotion)), label, 'end'));
    return {
        labels: captionText + scale.join(''),
        gridLeft: side === 'left' ? blockLeft + width + pad / 2 : lane.x + pad,
        gridRight: side === 'left' ? right - pad : blockLeft - pad / 2
    };
}

function emotionLane(lane: EmotionLaneLayout, pad: number, theme: Theme): string {
    const colours = theme.emotionLane;
    const all = lane.segments.flat();
    const { labels, gridLeft, gridRight } = laneScale(lane, pad, colours.text, all.map(point => point.x));
    const grid = [2, 1, 0, -1, -2].map(emotion => {
        const y = emotionY(lane, pad, emotion);
        return el('path', { d: polylineData([{ x: gridLeft, y }, { x: gridRight, y }]), stroke: emotion === 0 ? colours.zero : colours.grid });
    });
    const curves = lane.segments.filter(run => run.length > 1).map(run =>
        el('path', { d: polylineData(run), fill: 'none', stroke: colours.curve, 'stroke-width': 2, 'stroke-linejoin': 'round' }));
    const points = all.map(point => el('circle', {
        class: 'cjm-emotion-point', 'data-cjm-id': point.touchpoint, 'data-cjm-emotion': point.emotion,
        cx: point.x, cy: point.y, r: POINT_RADIUS, fill: emotionColour(theme, point.emotion), stroke: colours.fill, 'stroke-width': 1.5
    }));
    return el('g', { class: 'cjm-emotion-lane' },
        rect(lane, colours.fill, colours.border, STAGE_RADIUS) + labels + grid.join('') + curves.join('') + points.join(''));
}

function stageFacts(facts: StageFactsLayout, pad: number, theme: Theme): string {
    const colours = theme.facts;
    const step = lineHeight(facts.fontSize);
    const x = facts.x + pad;
    let y = facts.y + pad;
    const out: string[] = [];
    for (const metric of facts.metrics) {
        const fill = metric.met === undefined ? colours.neutral : metric.met ? colours.met : colours.notMet;
        out.push(textLines(metric.lines, x, y, { fontSize: facts.fontSize, weight: 'normal', fill }));
        y += metric.lines.length * step;
    }
    out.push(textLines(facts.coverage, x, y, { fontSize: facts.fontSize, weight: 'normal', fill: colours.coverage }));
    return el('g', { class: 'cjm-stage-facts', 'data-cjm-stage': facts.stage },
        rect(facts, colours.fill, colours.border, BOX_RADIUS) + out.join(''));
}
