/**
 * A change drawn (diagram.md, "A change, drawn"): the marks the diff puts on the new
 * picture. Each marked group gets `data-cjm-change` (and `data-cjm-fields` when changed)
 * and a badge with what changed; an added element is outlined, a removed one (drawn from
 * the old map as a ghost) is faint, dashed and struck through. The renderer only reads
 * these marks; diff/ decides them.
 */
import type { ChangeKind } from '../diff/map-change.js';
import { el, escapeXml, num, textLines } from './svg-markup.js';
import { TITLE_SIZE } from './layout-boxes.js';
import { lineHeight, measureText } from './text.js';
import type { ThemeName } from './theme.js';

export interface ChangeMark {
    change: ChangeKind;
    /** The attributes that changed, for `data-cjm-fields`. */
    fields: string[];
    /** What the badge says: `new`, `emotion: -1 → +1`. */
    badge: string;
}

/** The kinds of group a change marks, each by its `data-cjm-id`. */
export type MarkedKind = 'stage' | 'touchpoint' | 'barrier' | 'opportunity' | 'persona' | 'metric' | 'question';

export interface DiagramChanges {
    marks: Partial<Record<MarkedKind, Readonly<Record<string, ChangeMark>>>>;
    /** The old map's emotions, by the new names: drawn as faint curves beside the new ones. */
    oldEmotions: { touchpoint: string; persona?: string; emotion: number }[];
}

interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** Badge and outline colours per theme; the badge text meets 4.5:1 on its fill. */
const COLOURS: Readonly<Record<ThemeName, Readonly<Record<ChangeKind, { fill: string; text: string }>> & { faint: string }>> = {
    light: { added: { fill: '#1a7f37', text: '#ffffff' }, changed: { fill: '#9a6700', text: '#ffffff' }, removed: { fill: '#57606a', text: '#ffffff' }, faint: '#57606a' },
    dark: { added: { fill: '#3fb950', text: '#0d1117' }, changed: { fill: '#d29922', text: '#0d1117' }, removed: { fill: '#8b949e', text: '#0d1117' }, faint: '#8b949e' }
};

export function changeColours(theme: ThemeName): (typeof COLOURS)[ThemeName] {
    return COLOURS[theme];
}

const BADGE_FONT = 10;
const BADGE_HEIGHT = 14;

/**
 * The group `markup` (one `<g …>…</g>` drawn for `box`) with its change marked: the
 * attributes on its opening tag, the outline or strike and the badge inside it, after
 * its own shapes (so its first shape stays the box the contract reads).
 */
export function markGroup(markup: string, box: Box, mark: ChangeMark | undefined, theme: ThemeName, titleTop: number): string {
    if (mark === undefined) {
        return markup;
    }
    const colours = COLOURS[theme][mark.change];
    const attributes = ` data-cjm-change="${mark.change}"`
        + (mark.fields.length > 0 ? ` data-cjm-fields="${escapeXml(mark.fields.join(','))}"` : '')
        + (mark.change === 'removed' ? ' opacity="0.6" stroke-dasharray="5 3"' : '');
    const extra = (mark.change === 'added' ? outline(box, colours.fill) : '')
        + (mark.change === 'removed' ? strike(box, titleTop, COLOURS[theme].faint) : '')
        + badge(box, mark.badge, colours);
    const opened = markup.replace(/^<g\b/, `<g${attributes}`);
    return `${opened.slice(0, opened.length - '</g>'.length)}${extra}</g>`;
}

function outline(box: Box, colour: string): string {
    return el('rect', { x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6, rx: 6, fill: 'none', stroke: colour, 'stroke-width': 2, class: 'cjm-change-outline' });
}

/** A line through the title's first line. */
function strike(box: Box, top: number, colour: string): string {
    const y = top + lineHeight(TITLE_SIZE) / 2;
    return el('path', { d: `M ${num(box.x + 6)} ${num(y)} L ${num(box.x + box.width - 6)} ${num(y)}`, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': 'none', class: 'cjm-change-strike' });
}

/** A small label over the box's top edge, at its right; words wider than the box cut with an ellipsis. */
function badge(box: Box, text: string, colours: { fill: string; text: string }): string {
    const label = fitted(text, box.width - 16);
    const width = measureText(label, BADGE_FONT) + 8;
    const x = box.x + box.width - width - 4;
    const y = box.y - BADGE_HEIGHT / 2;
    return el('g', { class: 'cjm-change-badge' },
        el('rect', { x, y, width, height: BADGE_HEIGHT, rx: 3, fill: colours.fill, stroke: 'none', 'stroke-dasharray': 'none' })
        + textLines([label], x + 4, y + 1, { fontSize: BADGE_FONT, weight: 'normal', fill: colours.text }));
}

function fitted(text: string, room: number): string {
    let cut = text;
    while (cut.length > 1 && measureText(cut === text ? cut : `${cut}\u2026`, BADGE_FONT) > room) {
        cut = cut.slice(0, -1);
    }
    return cut === text ? text : `${cut.trimEnd()}\u2026`;
}
