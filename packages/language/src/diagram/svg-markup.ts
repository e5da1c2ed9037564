/**
 * SVG markup primitives for svg.ts: escaping, number formatting, elements, text lines and
 * path data. Pure string building (no DOM), deterministic for the same input.
 */
import type { Point } from './diagram-layout.js';
import { fontRuns } from './fonts.js';
import { fontAscent, lineHeight, measureText } from './text.js';

/** Code points XML 1.0 forbids: controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Text or attribute value as XML: forbidden characters dropped, markup characters escaped. */
export function escapeXml(text: string): string {
    return text.replace(NOT_XML, '').replace(/[&<>"']/g, ch => ENTITIES[ch]);
}

/** A coordinate, rounded to 2 decimals, without trailing zeros and never `-0`. */
export function num(value: number): string {
    const rounded = Math.round(value * 100) / 100;
    return rounded === 0 ? '0' : String(rounded);
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** An element; attributes in the given order, `undefined` ones left out. */
export function el(name: string, attributes: Attributes, content = ''): string {
    let open = `<${name}`;
    for (const [key, value] of Object.entries(attributes)) {
        if (value !== undefined) {
            open += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
        }
    }
    return content === '' ? `${open}/>` : `${open}>${content}</${name}>`;
}

export interface TextStyle {
    fontSize: number;
    weight: 'normal' | 'bold';
    fill: string;
}

/**
 * One line as absolutely placed `<tspan>`s: one for a line its own font draws whole, else
 * one per font run, each set in its face at the x the layout measured it at (so with
 * `text-anchor` start, the line's end being where `anchor` puts it).
 */
function lineSpans(line: string, x: number, y: number, style: TextStyle, anchor?: 'end'): string {
    const runs = fontRuns(line, style.weight);
    if (runs.length === 1 && runs[0].family === undefined) {
        return el('tspan', { x, y }, escapeXml(line));
    }
    let left = anchor === 'end' ? x - measureText(line, style.fontSize, style.weight) : x;
    return runs.map(run => {
        const span = el('tspan', {
            x: left,
            y,
            'font-family': run.family === undefined ? undefined : `'${run.family}', sans-serif`,
            'font-weight': run.weight,
            'text-anchor': anchor === undefined ? undefined : 'start'
        }, escapeXml(run.text));
        left += measureText(run.text, style.fontSize, style.weight);
        return span;
    }).join('');
}

/**
 * Lines of text, the first line box's top at `top`, each line an absolutely placed
 * `<tspan>` (or several, see lineSpans). Spaces are preserved, as the layout measured them;
 * empty for no lines.
 */
export function textLines(lines: readonly string[], x: number, top: number, style: TextStyle, anchor?: 'end'): string {
    if (lines.length === 0) {
        return '';
    }
    const baseline = top + fontAscent(style.fontSize);
    const step = lineHeight(style.fontSize);
    const spans = lines.map((line, i) => lineSpans(line, x, baseline + i * step, style, anchor));
    return el('text', {
        'font-size': style.fontSize,
        'font-weight': style.weight === 'bold' ? 'bold' : undefined,
        fill: style.fill,
        'text-anchor': anchor,
        'xml:space': 'preserve'
    }, spans.join(''));
}

/** Path data of a polyline: `M x y L x y …`, absolute. */
export function polylineData(points: readonly Point[]): string {
    return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${num(p.x)} ${num(p.y)}`).join(' ');
}

/** A triangle whose tip is the polyline's last point, pointing along its last segment; '' if it has none. */
export function arrowheadData(points: readonly Point[], length: number, halfWidth: number): string {
    const tip = points[points.length - 1];
    const from = points.slice(0, -1).reverse().find(p => p.x !== tip.x || p.y !== tip.y);
    if (tip === undefined || from === undefined) {
        return '';
    }
    const distance = Math.hypot(tip.x - from.x, tip.y - from.y);
    const [ux, uy] = [(tip.x - from.x) / distance, (tip.y - from.y) / distance];
    const [bx, by] = [tip.x - ux * length, tip.y - uy * length];
    return `${polylineData([tip, { x: bx - uy * halfWidth, y: by + ux * halfWidth }, { x: bx + uy * halfWidth, y: by - ux * halfWidth }])} Z`;
}

/** A rectangle with rounded corners; a stroke width of 1 is left to the default. */
export function rect(box: { x: number; y: number; width: number; height: number }, fill: string, stroke: string, radius: number, strokeWidth = 1): string {
    return el('rect', {
        x: box.x, y: box.y, width: box.width, height: box.height, rx: radius,
        fill, stroke, 'stroke-width': strokeWidth === 1 ? undefined : strokeWidth
    });
}
