/**
 * The legend of flow styles: one sample line and name per role the picture uses, in rows
 * from the left, wrapped to the width given.
 */
import type { FlowRole, LegendLayout } from './diagram-layout.js';
import { PADDING, SMALL_SIZE, block, widest } from './layout-boxes.js';
import { lineHeight } from './text.js';

/** The legend's English words, one place for a words table to take over. */
export const FLOW_WORDS: Readonly<Record<FlowRole, string>> = {
    next: 'next step',
    branch: 'branch',
    loop: 'loop back',
    stage: 'to another stage'
};

const SAMPLE = 28;
const SAMPLE_GAP = 6;
const ITEM_GAP = 20;

export function legendLayout(roles: readonly FlowRole[], x: number, y: number, width: number): LegendLayout | undefined {
    if (roles.length === 0) {
        return undefined;
    }
    const row = lineHeight(SMALL_SIZE);
    const items: LegendLayout['items'] = [];
    let left = x + PADDING;
    let top = y + PADDING;
    let right = left;
    for (const role of roles) {
        const label = block(FLOW_WORDS[role], width, SMALL_SIZE);
        const itemWidth = SAMPLE + SAMPLE_GAP + widest([label]);
        if (left > x + PADDING && left + itemWidth > x + width - PADDING) {
            left = x + PADDING;
            top += row;
        }
        const mid = top + row / 2;
        items.push({ role, label, sample: [{ x: left, y: mid }, { x: left + SAMPLE, y: mid }], textX: left + SAMPLE + SAMPLE_GAP, textY: top });
        right = Math.max(right, left + itemWidth);
        left += itemWidth + ITEM_GAP;
    }
    return { x, y, width: Math.ceil(right - x + PADDING), height: top + row + PADDING - y, items };
}
