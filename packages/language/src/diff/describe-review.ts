import type { DiffWords } from '../locale/diff-words.js';
import { formatValue } from './format-value.js';
import type { ContentField, ReviewedChange } from './review-changes.js';

/** A title of the map as the reviewer's text quotes it. */
export function quoted(title: string): string {
    return `\u00ab${title}\u00bb`;
}

/** The changed element: `touchpoint «Sign-up form» in «Trial»`. */
export function reviewSubject(change: ReviewedChange, words: DiffWords): string {
    const element = `${words.element[change.element]} ${quoted(change.title)}`;
    return change.stage === undefined ? element : words.inStage(element, quoted(change.stage));
}

/** What happened to it: `added (severity: high; mitigation: "Call back")`, `emotion of «Employee»: -1 → +1`. */
export function reviewDetail(change: ReviewedChange, words: DiffWords): string {
    if (change.change === 'removed') {
        return words.change.removed;
    }
    if (change.change === 'added') {
        const content = (change.content ?? []).map(item => contentText(item, words));
        return content.length === 0 ? words.change.added : `${words.change.added} (${content.join('; ')})`;
    }
    const field = change.field ?? 'value';
    const [from, to] = [change.fromTitle ?? change.from, change.toTitle ?? change.to].map(value => valueText(field, value, words));
    if (field === 'flow') {
        const end = (value: unknown, text: string) => value === undefined || (Array.isArray(value) && value.length === 0) ? words.flowEnds : text;
        return words.flow(end(change.to, to), end(change.from, from));
    }
    const label = change.personaTitle === undefined ? fieldLabel(field, words) : words.personaEmotion(quoted(change.personaTitle));
    return `${label}: ${from} → ${to}`;
}

/**
 * The change's badge in the picture, short: `new`, `removed`, the values of what a
 * reviewer weighs at a glance (`emotion: -1 → +1`, `target: 30% → 40%`), else the label
 * of what changed (`title`, `flow`).
 */
export function badgeDetail(change: ReviewedChange, words: DiffWords): string {
    if (change.change !== 'changed') {
        return change.change === 'added' ? words.newBadge : words.change.removed;
    }
    return BADGE_VALUES.has(change.field ?? '') ? reviewDetail(change, words) : fieldLabel(change.field ?? 'value', words);
}

const BADGE_VALUES = new Set(['emotion', 'severity', 'baseline', 'target', 'actual']);

function contentText(item: ContentField, words: DiffWords): string {
    if (item.field === 'mitigations' && Array.isArray(item.value) && item.value.length === 0) {
        return words.noMitigation;
    }
    const label = item.persona === undefined ? fieldLabel(item.field, words) : words.personaEmotion(quoted(item.persona));
    return `${label}: ${valueText(item.field, item.value, words)}`;
}

function fieldLabel(field: string, words: DiffWords): string {
    return Object.hasOwn(words.field, field) ? words.field[field] : field;
}

/** Titles in «», emotions signed, keywords (severity, state, kind) in the reader's words, ids bare, other text quoted, absence spelled out. */
function valueText(field: string, value: unknown, words: DiffWords): string {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
        return words.none;
    }
    if (Array.isArray(value)) {
        return value.map(item => valueText(field, item, words)).join(', ');
    }
    if (field === 'emotion' && typeof value === 'number') {
        return value > 0 ? `+${value}` : String(value);
    }
    if (typeof value === 'string' && TITLED.has(field)) {
        return quoted(value);
    }
    const keywords = Object.hasOwn(words.values, field) ? words.values[field] : undefined;
    if (typeof value === 'string' && keywords !== undefined && Object.hasOwn(keywords, value)) {
        return keywords[value];
    }
    return formatValue(value);
}

/** The fields whose values are elements of the map, given by their titles. */
const TITLED = new Set(['via', 'for', 'target', 'flow', 'at', 'resolves', 'stage', 'order', 'title']);
