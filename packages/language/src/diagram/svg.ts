/**
 * Laid-out journey diagram -> SVG text (the contract is in spec/diagram.md). Pure and
 * deterministic: no DOM, no Node APIs, no ids; the CLI and the editor preview both call it.
 * Styling is in attributes only, no `<style>`, so an SVG inlined in a page cannot restyle
 * the page; everything is in absolute coordinates, with no `transform`.
 */
import type {
    BarrierLayout, DiagramLayout, FlowLayout, FlowRole, LegendLayout, OpportunityLayout, PersonaCardLayout, Point, ResolveLinkLayout, StageLayout,
    TextBlock, TouchpointLayout
} from './diagram-layout.js';
import { changeColours, markGroup, type DiagramChanges, type MarkedKind } from './change-marks.js';
import { FONT_STACK } from './fonts.js';
import type { BarrierSeverity } from '../model/journey-model.js';
import { LINE_GAP } from './layout-boxes.js';
import { arrowheadData, el, escapeXml, num, polylineData, rect, textLines, type TextStyle } from './svg-markup.js';
import { colourLegendGroup, headerGroup } from './svg-header.js';
import { lanes } from './svg-lanes.js';
import { oldEmotionCurves } from './svg-old-emotions.js';
import { lineHeight } from './text.js';
import { THEMES, emotionColour, type Theme, type ThemeName } from './theme.js';

export interface SvgOptions {
    theme?: ThemeName;
    /** A drawn change (change-marks.ts): marks on the groups, and the old emotion curves. */
    changes?: DiagramChanges;
}

const BOX_RADIUS = 4;
const STAGE_RADIUS = 6;
/** Width of the emotion stripe on a touchpoint's left edge; less than the padding, so it never meets text. */
const STRIPE = 5;
const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;
const SEVERITY_STROKE: Readonly<Record<BarrierSeverity, number>> = { low: 1, medium: 1.25, high: 1.5, critical: 2 };

export function renderSvg(layout: DiagramLayout, options: SvgOptions = {}): string {
    const name = options.theme ?? 'light';
    const theme = THEMES[name];
    if (theme === undefined) {
        throw new Error(`Unknown diagram theme '${String(name)}'.`);
    }
    const pad = layout.padding;
    const marks = options.changes?.marks ?? {};
    const mark = (kind: MarkedKind, box: { name: string; x: number; y: number; width: number; height: number }, markup: string, titleTop = box.y + pad) =>
        markGroup(markup, box, marks[kind]?.[box.name], name, titleTop);
    const parts = [
        el('title', {}, escapeXml(layout.header.label)),
        el('desc', {}, escapeXml(layout.header.description)),
        el('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: theme.background, class: 'cjm-background' }),
        headerGroup(layout.header, pad, theme),
        ...layout.personas.map(card => mark('persona', card, personaCard(card, pad, theme))),
        ...layout.stages.map(stage => mark('stage', stage, stageGroup(stage, pad, theme))),
        lanes(layout, pad, theme, mark),
        oldEmotionCurves(layout.emotionLane, options.changes, changeColours(name).faint),
        ...layout.touchpoints.map(touchpoint => mark('touchpoint', touchpoint, touchpointGroup(touchpoint, pad, theme))),
        ...layout.barriers.map(barrier => mark('barrier', barrier, barrierGroup(barrier, pad, theme))),
        ...layout.opportunities.map(opportunity => mark('opportunity', opportunity, opportunityGroup(opportunity, pad, theme))),
        ...layout.links.map(link => linkGroup(link, theme)),
        ...layout.flows.map(flow => flowGroup(flow, pad, theme)),
        layout.legend === undefined ? '' : legendGroup(layout.legend, pad, theme),
        layout.colourLegend === undefined ? '' : colourLegendGroup(layout.colourLegend, theme)
    ];
    return `${el('svg', {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
        width: layout.width,
        height: layout.height,
        role: 'img',
        class: `cjm-diagram cjm-theme-${name}`,
        'xml:lang': layout.locale,
        'font-family': FONT_STACK
    }, `\n${parts.filter(part => part !== '').join('\n')}\n`)}\n`;
}

/** A group's accessible name and tooltip: its whole text, first in the group as SVG wants it. */
function title(text: string): string {
    return el('title', {}, escapeXml(text));
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

function personaCard(card: PersonaCardLayout, pad: number, theme: Theme): string {
    return el('g', { class: 'cjm-persona', 'data-cjm-id': card.name }, title(card.label) + rect(card, theme.touchpoint.fill, theme.stage.border, BOX_RADIUS) + stacked([
        { text: card.title, fill: theme.touchpoint.text },
        { text: card.role, fill: theme.touchpoint.secondary },
        { text: card.body, fill: theme.touchpoint.text }
    ], card.x + pad, card.y + pad));
}

function stageGroup(stage: StageLayout, pad: number, theme: Theme): string {
    return el('g', { class: 'cjm-stage', 'data-cjm-id': stage.name },
        title(stage.label) + rect(stage, theme.stage.fill, theme.stage.border, STAGE_RADIUS)
        + textLines(stage.title.lines, stage.x + pad, stage.y + pad, style(stage.title, theme.stage.text))
        + (stage.note === undefined ? '' : textLines(stage.note.text.lines, stage.note.x, stage.note.y, style(stage.note.text, theme.touchpoint.secondary))));
}

function touchpointGroup(box: TouchpointLayout, pad: number, theme: Theme): string {
    const colours = theme.touchpoint;
    return el('g', { class: 'cjm-touchpoint', 'data-cjm-id': box.name, 'data-cjm-emotion': box.emotion },
        title(box.label) + rect(box, colours.fill, colours.border, BOX_RADIUS)
        + (box.emotion === undefined ? '' : el('path', { d: stripeData(box), fill: emotionColour(theme, box.emotion) }))
        + splitStripe(box, theme)
        + stacked([
            { text: box.title, fill: colours.text },
            { text: box.channels, fill: colours.secondary },
            { text: box.personas, fill: colours.secondary }
        ], box.x + pad, box.y + pad));
}

/** Personas that feel differently split the stripe, top to bottom in the touchpoint's persona order. */
function splitStripe(box: TouchpointLayout, theme: Theme): string {
    const emotions = box.emotions ?? [];
    const inset = Math.min(BOX_RADIUS, box.height / 2);
    const step = (box.height - 2 * inset) / Math.max(1, emotions.length);
    return emotions.map((emotion, i) => el('rect', { x: box.x, y: box.y + inset + i * step, width: STRIPE, height: step, fill: emotionColour(theme, emotion) })).join('');
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
        title(box.label) + rect(box, colours.fill, colours.border, BOX_RADIUS, SEVERITY_STROKE[box.severity])
        + connector
        + stacked([{ text: box.title, fill: colours.text }, { text: box.body, fill: colours.text }], box.x + pad, box.y + pad));
}

function opportunityGroup(box: OpportunityLayout, pad: number, theme: Theme): string {
    const colours = theme.opportunity;
    return el('g', { class: 'cjm-opportunity', 'data-cjm-id': box.name },
        title(box.label) + rect(box, colours.fill, colours.border, BOX_RADIUS)
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

/** Stroke width and dashes by role: a loop back dashed, a flow to another stage dotted. */
const FLOW_STROKE: Readonly<Record<FlowRole, { width: number; dash?: string }>> = {
    next: { width: 1.25 }, branch: { width: 1.5 }, loop: { width: 1.5, dash: '6 3' }, stage: { width: 1.5, dash: '2 2' }
};

/** A flow, or one half of a connector pair: its path, then its label box naming the other end. */
function flowGroup(flow: FlowLayout, pad: number, theme: Theme): string {
    const colour = theme.flow[flow.role];
    const stroke = FLOW_STROKE[flow.role];
    const label = flow.label === undefined ? ''
        : rect(flow.label, theme.connector.fill, colour, BOX_RADIUS)
            + textLines(flow.label.text.lines, flow.label.x + pad, flow.label.y + pad, style(flow.label.text, theme.connector.text));
    return el('g', {
        class: 'cjm-flow', 'data-cjm-from': flow.from, 'data-cjm-to': flow.to, 'data-cjm-kind': flow.kind, 'data-cjm-role': flow.role,
        'data-cjm-end': flow.end
    }, arrow(flow.points, colour, stroke.width, stroke.dash) + label);
}

function legendGroup(legend: LegendLayout, pad: number, theme: Theme): string {
    const items = legend.items.map(item => {
        const stroke = FLOW_STROKE[item.role];
        return el('path', {
            d: polylineData(item.sample), fill: 'none', stroke: theme.flow[item.role], 'stroke-width': stroke.width, 'stroke-dasharray': stroke.dash
        }) + textLines(item.label.lines, item.textX, item.textY, style(item.label, theme.legend.text));
    });
    return el('g', { class: 'cjm-legend' }, rect(legend, theme.legend.fill, theme.legend.border, BOX_RADIUS)
        + textLines(legend.title.lines, legend.x + pad, legend.y + pad, style(legend.title, theme.legend.text)) + items.join(''));
}

function linkGroup(link: ResolveLinkLayout, theme: Theme): string {
    return el('g', { class: 'cjm-link', 'data-cjm-from': link.opportunity, 'data-cjm-to': link.barrier },
        arrow(link.points, theme.link, 1.25, '5 3'));
}
