/**
 * The emotion lane as SVG: the -2 / 0 / +2 scale and grid, the key of the persona curves
 * (with several), each curve's lines along the flows, and each point as a `<g
 * class="cjm-emotion" data-cjm-touchpoint="T" data-cjm-persona="P">` holding its marker
 * (diagram.md's contract). One curve is drawn as before: grey lines, points in the
 * emotion's colour; several take the persona's colour and marker shape.
 */
import type { EmotionCurve, EmotionKey, EmotionLaneLayout, EmotionPoint, MarkerShape, Point } from './diagram-layout.js';
import { EMOTION_SCALE, SCALE_FONT } from './lanes/layout-lanes.js';
import { el, num, polylineData, textLines, type TextStyle } from './svg-markup.js';
import { lineHeight } from './text.js';
import { emotionColour, personaColour, type Theme } from './theme.js';

const POINT_RADIUS = 4;

/** `frame` is the lane's band and title, drawn first. */
export function emotionLaneGroup(lane: EmotionLaneLayout, pad: number, theme: Theme, frame: string): string {
    const colours = theme.emotionLane;
    const label: TextStyle = { fontSize: SCALE_FONT, weight: 'normal', fill: colours.text };
    const levelY = (emotion: number): number => lane.zeroY - emotion * lane.unit;
    // A one-line label's line box centred on its level.
    const scale = EMOTION_SCALE.map(([emotion, text]) => textLines([text], lane.scaleRight, levelY(emotion) - lineHeight(SCALE_FONT) / 2, label, 'end'));
    const [gridLeft, gridRight] = [lane.scaleRight + pad / 2, lane.x + lane.width - pad];
    const grid = [2, 1, 0, -1, -2].map(emotion => {
        const y = levelY(emotion);
        return el('path', { d: polylineData([{ x: gridLeft, y }, { x: gridRight, y }]), stroke: emotion === 0 ? colours.zero : colours.grid });
    });
    const lines = lane.curves.map(curve => curveLines(curve, theme));
    const points = lane.curves.flatMap(curve => curve.points.map(point => pointGroup(curve, point, theme)));
    // The key is the curves' legend, not a lane text: drawn beside the lane's group, over its band.
    const keys = lane.keys.length === 0 ? '' : el('g', { class: 'cjm-emotion-keys' }, lane.keys.map(key => keyEntry(key, theme)).join(''));
    return el('g', { class: 'cjm-lane cjm-emotion-lane', 'data-cjm-lane': 'emotion' },
        frame + scale.join('') + grid.join('') + lines.join('') + points.join('')) + keys;
}

function curveColour(curve: EmotionCurve, theme: Theme): string {
    return curve.style === undefined ? theme.emotionLane.curve : personaColour(theme, curve.style.colour);
}

function curveLines(curve: EmotionCurve, theme: Theme): string {
    if (curve.lines.length === 0) {
        return '';
    }
    const d = curve.lines.map(line => polylineData(line)).join(' ');
    return el('path', {
        class: 'cjm-emotion-curve', 'data-cjm-persona': curve.persona, d, fill: 'none', stroke: curveColour(curve, theme), 'stroke-width': 2,
        'stroke-linejoin': 'round', 'stroke-linecap': 'round'
    });
}

function pointGroup(curve: EmotionCurve, point: EmotionPoint, theme: Theme): string {
    const fill = curve.style === undefined ? emotionColour(theme, point.emotion) : personaColour(theme, curve.style.colour);
    return el('g', { class: 'cjm-emotion', 'data-cjm-touchpoint': point.touchpoint, 'data-cjm-persona': curve.persona, 'data-cjm-emotion': point.emotion },
        marker(curve.style?.shape ?? 'circle', point, fill, theme.emotionLane.fill));
}

function keyEntry(key: EmotionKey, theme: Theme): string {
    const colour = personaColour(theme, key.style.colour);
    return el('g', { class: 'cjm-emotion-key', 'data-cjm-persona': key.persona },
        marker(key.style.shape, key.marker, colour, theme.emotionLane.fill)
        + textLines(key.label.lines, key.textX, key.textY, { fontSize: key.label.fontSize, weight: key.label.weight, fill: theme.lane.title }));
}

/** A marker centred on `at`, filled, with a ring of the lane's colour so that crossing lines stay readable. */
function marker(shape: MarkerShape, at: Point, fill: string, ring: string): string {
    const r = POINT_RADIUS;
    const paint = { fill, stroke: ring, 'stroke-width': 1.5 };
    switch (shape) {
        case 'circle':
            return el('circle', { cx: at.x, cy: at.y, r, ...paint });
        case 'square':
            return el('rect', { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r, ...paint });
        case 'diamond':
            return el('path', { d: closed([[0, -r - 1], [r + 1, 0], [0, r + 1], [-r - 1, 0]], at), ...paint });
        case 'triangle':
            return el('path', { d: closed([[0, -r - 1], [r + 1, r], [-r - 1, r]], at), ...paint });
        case 'triangleDown':
            return el('path', { d: closed([[0, r + 1], [r + 1, -r], [-r - 1, -r]], at), ...paint });
    }
}

function closed(offsets: readonly (readonly [number, number])[], at: Point): string {
    return `${offsets.map(([dx, dy], i) => `${i === 0 ? 'M' : 'L'} ${num(at.x + dx)} ${num(at.y + dy)}`).join(' ')} Z`;
}
