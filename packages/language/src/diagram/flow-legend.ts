/**
 * The legend of flow styles: its title, then one sample line and name per role the
 * picture uses, in rows from the left, wrapped to the width given, in the picture's
 * language (locale/).
 */
import type { FlowRole, LegendLayout } from './diagram-layout.js';
import { PADDING, SMALL_SIZE, block, widest } from './layout-boxes.js';
import { lineHeight } from './text.js';
import type { DiagramWords } from '../locale/diagram-words.js';

/** Each role's entry in the words table. */
const ROLE_WORD: Readonly<Record<FlowRole, keyof Omit<DiagramWords['legend'], 'title'>>> = {
    next: 'next',
    branch: 'branch',
    loop: 'loopBack',
    stage: 'otherStage'
};

const SAMPLE = 28;
const SAMPLE_GAP = 6;
const ITEM_GAP = 20;

export function legendWord(role: FlowRole, words: DiagramWords['legend']): string {
    return words[ROLE_WORD[role]];
}

export function legendLayout(roles: readonly FlowRole[], words: DiagramWords['legend'], x: number, y: number, width: number): LegendLayout | undefined {
    if (roles.length === 0) {
        return undefined;
    }
    const row = lineHeight(SMALL_SIZE);
    const title = block(words.title, width - 2 * PADDING, SMALL_SIZE, 'bold');
    const items: LegendLayout['items'] = [];
    let left = x + PADDING + widest([title]) + ITEM_GAP;
    let top = y + PADDING;
    let right = left - ITEM_GAP;
    for (const role of roles) {
        const label = block(legendWord(role, words), width, SMALL_SIZE);
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
    return { x, y, width: Math.ceil(right - x + PADDING), height: top + row + PADDING - y, title, items };
}
