/**
 * The header and the legend of colours as SVG, drawn by svg.ts: the header's title, state
 * badge, product and owner, review date (in the stale colour when it is stale) and brief;
 * the colour legend's captions and swatches. Absolute coordinates, no transform.
 */
import type { ColourLegendLayout, HeaderLayout, TextBlock } from './diagram-layout.js';
import { BADGE_PAD } from './header-layout.js';
import { el, rect, textLines } from './svg-markup.js';
import { lineHeight } from './text.js';
import { emotionColour, type Theme } from './theme.js';

const BADGE_RADIUS = 9;
const SWATCH_RADIUS = 2;

function text(block: TextBlock, x: number, y: number, fill: string): string {
    return textLines(block.lines, x, y, { fontSize: block.fontSize, weight: block.weight, fill });
}

export function headerGroup(box: HeaderLayout, pad: number, theme: Theme): string {
    const { badge, facts, reviewed } = box;
    const badgeText = text(badge.text, badge.x + BADGE_PAD, badge.y + (badge.height - lineHeight(badge.text.fontSize)) / 2, theme.badge.text);
    return el('g', { class: 'cjm-header' },
        text(box.title, box.x + pad, box.y + pad, theme.header.title)
        + el('g', { class: 'cjm-state', 'data-cjm-state': badge.state }, rect(badge, theme.badge.fill, theme.badge.border, Math.min(BADGE_RADIUS, badge.height / 2)) + badgeText)
        + text(facts.text, facts.x, facts.y, theme.header.text)
        + (reviewed === undefined ? '' : el('g', { class: 'cjm-reviewed', 'data-cjm-stale': reviewed.stale ? 'true' : undefined },
            text(reviewed.text, box.x + pad, reviewed.y, reviewed.stale ? theme.lane.stale : theme.header.text)))
        + text(box.brief, box.x + pad, box.briefY, theme.header.text));
}

export function colourLegendGroup(legend: ColourLegendLayout, theme: Theme): string {
    const captions = legend.captions.map(caption => text(caption.text, caption.x, caption.y, theme.legend.text));
    const samples = legend.samples.map(sample => {
        const colours = sample.kind === 'emotion'
            ? { fill: emotionColour(theme, sample.value as number), border: emotionColour(theme, sample.value as number) }
            : theme.barrier[sample.value as keyof Theme['barrier']];
        return el('g', { class: 'cjm-colour-sample', 'data-cjm-kind': sample.kind, 'data-cjm-value': String(sample.value) },
            rect(sample.swatch, colours.fill, colours.border, SWATCH_RADIUS, sample.kind === 'severity' ? 1.5 : 1)
            + text(sample.label.text, sample.label.x, sample.label.y, theme.legend.text));
    });
    return el('g', { class: 'cjm-colour-legend' }, rect(legend, theme.legend.fill, theme.legend.border, 4) + captions.join('') + samples.join(''));
}
