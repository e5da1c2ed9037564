/**
 * Reads a rendered journey SVG the way diagram.md's "Contract for tests" describes it, from
 * the file alone (no layout): the contract groups with their shapes, the text lines with
 * their fonts and owning group, the extent of everything drawn, and the things the SVG must
 * not contain (scripts, event attributes, external references, transforms on contract
 * groups). The checks themselves live in svg-geometry.test.ts; this file only reads.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { measureText, type FontWeight } from '../../src/diagram/text.js';

export interface SvgPoint {
    x: number;
    y: number;
}

export interface SvgRect {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** `lane` and `cell` are the lanes under the stages and their per-stage cells. */
export type GroupKind = 'stage' | 'touchpoint' | 'barrier' | 'flow' | 'lane' | 'cell';

/** A contract group, named as failure messages name it, e.g. `touchpoint T3`. */
export interface GroupRef {
    kind: GroupKind;
    id: string;
}

export interface SvgBox extends GroupRef {
    /** The group's first `<rect>` (not one of a nested contract group); absent if it has none. */
    rect?: SvgRect;
    /** The id of the stage group this group is nested in, when the SVG nests them. */
    stageId?: string;
    /** A cell's lane (the `data-cjm-lane` of the lane group it is in). */
    laneId?: string;
    /** The text of the group's own `<title>` child (its accessible name), if it has one. */
    title?: string;
}

/** A research answer's group (`<g class="cjm-answer">`) and where it is drawn. */
export interface SvgAnswer {
    /** The cell it is in, as `lane/stage`; absent outside a cell. */
    cell?: string;
    /** Its drawn text, lines joined by spaces. */
    text: string;
    title?: string;
}

export interface SvgFlow {
    from: string;
    to: string;
    /** The end of a connector pair this group draws (`data-cjm-end`); absent for a whole flow. */
    end?: 'source' | 'target';
    /** A connector's label box: the group's first `<rect>`. */
    label?: SvgRect;
    /** Vertices of the group's first `<path>`; absent (with `pathError`) if it is not a polyline. */
    points?: SvgPoint[];
    pathError?: string;
}

/** A run of text in one font; a line may mix runs (`<tspan>`s without a position). */
export interface SvgTextRun {
    text: string;
    /** Absent when neither the element nor an ancestor gives a plain px `font-size`. */
    fontSize?: number;
    weight: FontWeight;
}

/** One positioned line: a `<text>`, or a `<tspan>` with its own x / y / dy. */
export interface SvgTextLine {
    x: number;
    /** Baseline. */
    y: number;
    anchor: 'start' | 'middle' | 'end';
    runs: SvgTextRun[];
    /** The innermost contract group around it. */
    owner?: GroupRef;
}

export interface SvgContractView {
    viewBox?: SvgRect;
    /** The root's own `<title>` and `<desc>`. */
    title?: string;
    desc?: string;
    answers: SvgAnswer[];
    stages: SvgBox[];
    touchpoints: SvgBox[];
    barriers: SvgBox[];
    flows: SvgFlow[];
    /** Lane groups by `data-cjm-lane`, and their cells by `data-cjm-stage`. */
    lanes: SvgBox[];
    cells: SvgBox[];
    texts: SvgTextLine[];
    /** Bounding box of every drawn shape and text line (translate applied), by description. */
    extents: { element: string; rect: SvgRect }[];
    /** Scripts, event attributes, external references, transforms on contract groups. */
    forbidden: string[];
}

interface Element {
    name: string;
    attributes: Record<string, string>;
    children: (Element | string)[];
}

const PARSER = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', allowBooleanAttributes: false,
    parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true,
    // The defaults cap entity expansions at 1,000: a 500-touchpoint map escapes more than that.
    processEntities: { enabled: true, maxTotalExpansions: Infinity, maxExpandedLength: Infinity, maxEntityCount: Infinity }
});

/**
 * Well-formedness problems, empty when none. fast-xml-parser's validator lets a raw `<` in
 * an attribute, a bare `&`, an unknown entity and `]]>` in text through, so those are
 * scanned for here.
 */
export function wellFormedProblems(svg: string): string[] {
    const result = XMLValidator.validate(svg);
    const problems = result === true ? [] : [`${result.err.msg} (line ${result.err.line}, col ${result.err.col})`];
    const at = (i: number): string => `at offset ${i}: ${JSON.stringify(svg.slice(Math.max(0, i - 30), i + 30))}`;
    const reference = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
    const checkAmpersand = (i: number): void => {
        reference.lastIndex = i;
        if (!reference.test(svg)) {
            problems.push(`'&' that starts no character reference ${at(i)}`);
        }
    };
    const skips: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<!', '>']];
    for (let i = 0; i < svg.length; i++) {
        const skip = skips.find(([open]) => svg.startsWith(open, i));
        if (skip) {
            i = svg.indexOf(skip[1], i + skip[0].length) + skip[1].length - 1;
            if (i < skip[1].length - 1) {
                problems.push(`unclosed ${skip[0]}`);
                break;
            }
        } else if (svg[i] === '<') {
            let quote = '';
            for (i++; i < svg.length && (quote !== '' || svg[i] !== '>'); i++) {
                if (quote === '' && (svg[i] === '"' || svg[i] === "'")) {
                    quote = svg[i];
                } else if (svg[i] === quote) {
                    quote = '';
                } else if (quote !== '' && svg[i] === '<') {
                    problems.push(`raw '<' in an attribute value ${at(i)}`);
                } else if (quote !== '' && svg[i] === '&') {
                    checkAmpersand(i);
                }
            }
        } else if (svg[i] === '&') {
            checkAmpersand(i);
        } else if (svg.startsWith(']]>', i)) {
            problems.push(`']]>' in text ${at(i)}`);
        }
    }
    return problems;
}

function toElements(nodes: unknown[]): (Element | string)[] {
    return nodes.flatMap((node): (Element | string)[] => {
        const record = node as Record<string, unknown>;
        const name = Object.keys(record).find(key => key !== ':@')!;
        if (name === '#text') {
            return [String(record[name])];
        }
        // The XML declaration and processing instructions are not elements.
        if (name.startsWith('?')) {
            return [];
        }
        const attributes = (record[':@'] ?? {}) as Record<string, string>;
        return [{ name, attributes, children: toElements(record[name] as unknown[]) }];
    });
}

const CONTRACT_CLASSES: Record<string, GroupKind> = {
    'cjm-stage': 'stage', 'cjm-touchpoint': 'touchpoint', 'cjm-barrier': 'barrier', 'cjm-flow': 'flow',
    'cjm-lane': 'lane', 'cjm-lane-cell': 'cell'
};
/** Containers whose content is not drawn where it stands. */
const NOT_DRAWN = new Set(['defs', 'marker', 'clipPath', 'mask', 'pattern', 'symbol', 'title', 'desc', 'metadata', 'style', 'script']);

function contractKind(element: Element): GroupKind | undefined {
    return element.name === 'g'
        ? (element.attributes.class ?? '').split(/\s+/).map(name => CONTRACT_CLASSES[name]).find(kind => kind !== undefined)
        : undefined;
}

/** A plain number or px length (first of a list); undefined otherwise. */
function length(value: string | undefined): number | undefined {
    const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(?:px)?(?:[\s,]|$)/i.exec(value ?? '');
    return match ? Number(match[1]) : undefined;
}

/** A presentation property from the attribute or the `style` attribute. */
function property(element: Element, name: string): string | undefined {
    const style = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(element.attributes.style ?? '');
    return style ? style[1].trim() : element.attributes[name];
}

function describeElement(element: Element, owner?: GroupRef): string {
    const shown = ['class', 'data-cjm-id', 'data-cjm-from', 'data-cjm-to', 'id'].filter(name => name in element.attributes)
        .map(name => ` ${name}="${element.attributes[name]}"`).join('');
    return `<${element.name}${shown}>${owner ? ` in ${owner.kind} ${owner.id}` : ''}`;
}

interface Context {
    owner?: GroupRef;
    ownerRecord?: SvgBox | SvgFlow;
    stageId?: string;
    laneId?: string;
    fontSize?: number;
    weight: FontWeight;
    anchor: SvgTextLine['anchor'];
    /** Accumulated translate of non-contract ancestors; undefined under any other transform. */
    offset?: SvgPoint;
    drawn: boolean;
    ancestors: Element[];
}

function fontOf(element: Element, context: Context): Context {
    const weight = property(element, 'font-weight');
    const anchor = property(element, 'text-anchor');
    return {
        ...context,
        fontSize: length(property(element, 'font-size')) ?? context.fontSize,
        weight: weight === undefined ? context.weight : /^(bold|bolder|[6-9]00)$/.test(weight) ? 'bold' : 'normal',
        anchor: anchor === 'middle' || anchor === 'end' || anchor === 'start' ? anchor : context.anchor
    };
}

/** Reads the contract view of an SVG (which should be well-formed; see wellFormedProblems). */
export function readSvg(svg: string): SvgContractView {
    const root = toElements(PARSER.parse(svg) as unknown[]).find((node): node is Element => typeof node !== 'string' && node.name === 'svg');
    const view: SvgContractView = { stages: [], touchpoints: [], barriers: [], flows: [], lanes: [], cells: [], texts: [], extents: [], forbidden: [], answers: [] };
    if (!root) {
        view.forbidden.push('no <svg> root element');
        return view;
    }
    const rootTitle = ownTitle(root, 'title');
    const rootDesc = ownTitle(root, 'desc');
    if (rootTitle !== undefined) {
        view.title = rootTitle;
    }
    if (rootDesc !== undefined) {
        view.desc = rootDesc;
    }
    const box = (root.attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
    if (box.length === 4 && box.every(Number.isFinite)) {
        view.viewBox = { x: box[0], y: box[1], width: box[2], height: box[3] };
    }
    const reported = new Set<Element>();
    const noTransform = (element: Element, owner?: GroupRef): void => {
        if (!reported.has(element) && (element.attributes.transform !== undefined || /(^|;)\s*transform\s*:/.test(element.attributes.style ?? ''))) {
            reported.add(element);
            view.forbidden.push(`transform on ${describeElement(element, owner)}`);
        }
    };
    const visit = (element: Element, context: Context): void => {
        checkForbidden(element, context.owner, view.forbidden);
        let inner = fontOf(element, { ...context, ancestors: [...context.ancestors, element] });
        if (NOT_DRAWN.has(element.name)) {
            inner.drawn = false;
        }
        const transform = element.attributes.transform;
        const translate = /^\s*translate\(\s*([^\s,)]+)(?:[\s,]+([^\s,)]+))?\s*\)\s*$/.exec(transform ?? '');
        if (transform !== undefined) {
            inner.offset = inner.offset && translate ? { x: inner.offset.x + Number(translate[1]), y: inner.offset.y + Number(translate[2] ?? 0) } : undefined;
        }
        const kind = contractKind(element);
        if (kind) {
            // Geometry is read as absolute: neither the group nor any ancestor may move it.
            [...context.ancestors, element].forEach(ancestor => noTransform(ancestor));
            inner = { ...inner, ...contractGroup(element, kind, context, view) };
        } else if (element.name === 'g' && (element.attributes.class ?? '').split(/\s+/).includes('cjm-answer')) {
            const title = ownTitle(element, 'title');
            view.answers.push({
                ...(context.owner?.kind === 'cell' ? { cell: context.owner.id } : {}), text: drawnText(element), ...(title === undefined ? {} : { title })
            });
        } else if (context.ownerRecord && (element.name === 'rect' || element.name === 'path')) {
            claimShape(element, context, noTransform);
        }
        if (element.name === 'text') {
            if (context.owner) {
                noTransform(element, context.owner);
            }
            readText(element, inner, view);
            return;
        }
        if (inner.drawn && inner.offset) {
            const rect = shapeExtent(element);
            if (rect) {
                view.extents.push({ element: describeElement(element, context.owner), rect: { ...rect, x: rect.x + inner.offset.x, y: rect.y + inner.offset.y } });
            }
        }
        for (const child of element.children) {
            if (typeof child !== 'string') {
                visit(child, inner);
            } else if (element.name === 'style') {
                checkStyleText(child, view.forbidden);
            }
        }
    };
    visit(root, { weight: 'normal', anchor: 'start', offset: { x: 0, y: 0 }, drawn: true, ancestors: [] });
    return view;
}

function contractGroup(element: Element, kind: GroupKind, context: Context, view: SvgContractView): Partial<Context> {
    if (kind === 'flow') {
        const flow: SvgFlow = { from: element.attributes['data-cjm-from'] ?? '', to: element.attributes['data-cjm-to'] ?? '' };
        const end = element.attributes['data-cjm-end'];
        if (end === 'source' || end === 'target') {
            flow.end = end;
        }
        view.flows.push(flow);
        return { owner: { kind, id: `${flow.from} -> ${flow.to}${flow.end ? ` (${flow.end})` : ''}` }, ownerRecord: flow };
    }
    const idAttribute = kind === 'lane' ? 'data-cjm-lane' : kind === 'cell' ? 'data-cjm-stage' : 'data-cjm-id';
    const record: SvgBox = { kind, id: element.attributes[idAttribute] ?? '' };
    const title = ownTitle(element, 'title');
    if (title !== undefined) {
        record.title = title;
    }
    if (context.stageId !== undefined) {
        record.stageId = context.stageId;
    }
    if (kind === 'cell' && context.laneId !== undefined) {
        record.laneId = context.laneId;
    }
    ({ stage: view.stages, touchpoint: view.touchpoints, barrier: view.barriers, lane: view.lanes, cell: view.cells })[kind].push(record);
    // A cell is named by its lane and stage, so that failures and text owners tell cells apart.
    const owner = { kind, id: kind === 'cell' ? `${record.laneId ?? '?'}/${record.id}` : record.id };
    return { owner, ownerRecord: record, ...(kind === 'stage' ? { stageId: record.id } : {}), ...(kind === 'lane' ? { laneId: record.id } : {}) };
}

/** The first `<rect>` of a box group, or the first `<path>` of a flow group, is its shape; a flow's first `<rect>` its label. */
function claimShape(element: Element, context: Context, noTransform: (element: Element, owner?: GroupRef) => void): void {
    const record = context.ownerRecord!;
    if ('kind' in record && element.name === 'rect' && !record.rect) {
        noTransform(element, context.owner);
        record.rect = shapeExtent(element);
    } else if (!('kind' in record) && element.name === 'path' && !record.points && !record.pathError) {
        noTransform(element, context.owner);
        const path = parsePath(element.attributes.d ?? '');
        if (path.curved || path.subpaths.length !== 1) {
            record.pathError = `path d="${element.attributes.d}" is not one polyline of M/L/H/V`;
        } else {
            record.points = path.subpaths[0];
        }
    } else if (!('kind' in record) && element.name === 'rect' && !record.label) {
        noTransform(element, context.owner);
        record.label = shapeExtent(element);
    }
}

/** The text of an element's own `<title>` (or `<desc>`) child. */
function ownTitle(element: Element, name: 'title' | 'desc'): string | undefined {
    const child = element.children.find((node): node is Element => typeof node !== 'string' && node.name === name);
    return child === undefined ? undefined : child.children.filter((node): node is string => typeof node === 'string').join('');
}

/** The text of every `<text>` under an element, each line (`<tspan>`) joined by a space. */
function drawnText(element: Element): string {
    const lines: string[] = [];
    const walk = (node: Element, inText: boolean): void => {
        for (const child of node.children) {
            if (typeof child === 'string') {
                if (inText && !(/^\s*$/.test(child) && child.includes('\n'))) {
                    lines.push(child);
                }
            } else if (child.name !== 'title' && child.name !== 'desc') {
                walk(child, inText || child.name === 'text');
            }
        }
    };
    walk(element, false);
    return lines.join(' ');
}

function checkForbidden(element: Element, owner: GroupRef | undefined, forbidden: string[]): void {
    if (/(^|:)script$/i.test(element.name)) {
        forbidden.push(`<script> element ${describeElement(element, owner)}`);
    }
    for (const [name, value] of Object.entries(element.attributes)) {
        if (/^on/i.test(name)) {
            forbidden.push(`event attribute ${name} on ${describeElement(element, owner)}`);
        }
        if (/(^|:)href$/i.test(name)) {
            forbidden.push(`reference ${name}="${value}" on ${describeElement(element, owner)}`);
        }
        if (/url\(\s*['"]?(?!#)/i.test(value)) {
            forbidden.push(`external url( in ${name}="${value}" on ${describeElement(element, owner)}`);
        }
    }
}

function checkStyleText(text: string, forbidden: string[]): void {
    if (/url\(\s*['"]?(?!#)/i.test(text) || /@import/i.test(text)) {
        forbidden.push(`external reference in <style>: ${JSON.stringify(text.slice(0, 200))}`);
    }
}

function readText(element: Element, context: Context, view: SvgContractView): void {
    const lines: SvgTextLine[] = [];
    const start = (x: number, y: number, anchor: SvgTextLine['anchor']): SvgTextLine => {
        const line: SvgTextLine = { x, y, anchor, runs: [], ...(context.owner ? { owner: context.owner } : {}) };
        lines.push(line);
        return line;
    };
    let current = start(length(element.attributes.x) ?? 0, (length(element.attributes.y) ?? 0) + (length(element.attributes.dy) ?? 0), context.anchor);
    const walk = (node: Element, font: Context): void => {
        for (const child of node.children) {
            if (typeof child === 'string') {
                // Whitespace with a line break between elements is indentation, not text.
                if (!/^\s*$/.test(child) || !child.includes('\n')) {
                    current.runs.push({ text: child, ...(font.fontSize !== undefined ? { fontSize: font.fontSize } : {}), weight: font.weight });
                }
            } else if (child.name === 'tspan') {
                const tspanFont = fontOf(child, font);
                const { x, y, dy } = child.attributes;
                if (x !== undefined || y !== undefined || dy !== undefined) {
                    current = start(length(x) ?? current.x, (length(y) ?? current.y) + (length(dy) ?? 0), tspanFont.anchor);
                }
                walk(child, tspanFont);
            }
        }
    };
    walk(element, context);
    for (const line of lines.filter(line => line.runs.some(run => run.text.trim() !== ''))) {
        view.texts.push(line);
        if (context.drawn && context.offset) {
            const left = lineLeft(line);
            view.extents.push({
                element: `text ${JSON.stringify(lineText(line))}${line.owner ? ` in ${line.owner.kind} ${line.owner.id}` : ''}`,
                rect: { x: left + context.offset.x, y: line.y + context.offset.y, width: lineWidth(line), height: 0 }
            });
        }
    }
}

export function lineText(line: SvgTextLine): string {
    return line.runs.map(run => run.text).join('');
}

/** Measured width in px of a line (NaN when a run has no font size). */
export function lineWidth(line: SvgTextLine): number {
    return line.runs.reduce((sum, run) => sum + (run.fontSize === undefined ? NaN : measureText(run.text, run.fontSize, run.weight)), 0);
}

/** Left edge of a line, from its anchor. */
export function lineLeft(line: SvgTextLine): number {
    const width = lineWidth(line);
    return line.anchor === 'start' ? line.x : line.anchor === 'middle' ? line.x - width / 2 : line.x - width;
}

function bounds(points: readonly SvgPoint[]): SvgRect | undefined {
    if (points.length === 0 || points.some(p => !Number.isFinite(p.x) || !Number.isFinite(p.y))) {
        return undefined;
    }
    const xs = points.map(p => p.x);
    const ys = points.map(p => p.y);
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/** Untransformed bounding box of a basic shape; curves are bounded by their control points. */
function shapeExtent(element: Element): SvgRect | undefined {
    const n = (name: string): number => length(element.attributes[name]) ?? 0;
    switch (element.name) {
        case 'rect':
            return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
        case 'circle':
            return { x: n('cx') - n('r'), y: n('cy') - n('r'), width: 2 * n('r'), height: 2 * n('r') };
        case 'ellipse':
            return { x: n('cx') - n('rx'), y: n('cy') - n('ry'), width: 2 * n('rx'), height: 2 * n('ry') };
        case 'line':
            return bounds([{ x: n('x1'), y: n('y1') }, { x: n('x2'), y: n('y2') }]);
        case 'polyline':
        case 'polygon': {
            const values = (element.attributes.points ?? '').trim().split(/[\s,]+/).map(Number);
            return bounds(values.flatMap((value, i) => i % 2 === 0 && i + 1 < values.length ? [{ x: value, y: values[i + 1] }] : []));
        }
        case 'path':
            return bounds(parsePath(element.attributes.d ?? '').subpaths.flat());
        default:
            return undefined;
    }
}

/** Arguments per path command; the last pair of each group is the new current point. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, Z: 0, C: 6, S: 4, Q: 4, T: 2, A: 7 };

/** Vertices (and curve control points) of a path, per subpath; `curved` if it has C/S/Q/T/A. */
export function parsePath(d: string): { subpaths: SvgPoint[][]; curved: boolean } {
    const tokens = d.match(/[a-zA-Z]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? [];
    const subpaths: SvgPoint[][] = [];
    let curved = false;
    let point = { x: 0, y: 0 };
    let start = point;
    let command = '';
    for (let i = 0; i < tokens.length;) {
        if (/[a-zA-Z]/.test(tokens[i])) {
            command = tokens[i++];
        }
        const upper = command.toUpperCase();
        const arity = ARITY[upper];
        if (arity === undefined) {
            return { subpaths, curved: true };
        }
        const args = tokens.slice(i, i + arity).map(Number);
        i += arity;
        const relative = command !== upper;
        const base = relative ? point : { x: 0, y: 0 };
        if (upper === 'Z') {
            point = start;
            subpaths[subpaths.length - 1]?.push(point);
            if (i < tokens.length && !/[a-zA-Z]/.test(tokens[i])) {
                return { subpaths, curved: true };
            }
            continue;
        }
        if (upper === 'H' || upper === 'V') {
            point = upper === 'H' ? { x: base.x + args[0], y: point.y } : { x: point.x, y: base.y + args[0] };
        } else if (upper === 'A') {
            curved = true;
            point = { x: base.x + args[5], y: base.y + args[6] };
        } else {
            const pairs = Array.from({ length: arity / 2 }, (_, k) => ({ x: base.x + args[2 * k], y: base.y + args[2 * k + 1] }));
            curved ||= upper !== 'M' && upper !== 'L';
            subpaths[subpaths.length - 1]?.push(...pairs.slice(0, -1));
            point = pairs[pairs.length - 1];
        }
        if (upper === 'M') {
            start = point;
            subpaths.push([point]);
            command = relative ? 'l' : 'L';
        } else {
            subpaths[subpaths.length - 1]?.push(point);
        }
    }
    return { subpaths, curved };
}
