/**
 * Text boxes of the journey diagram: wrapped text and the box sizes that fit it. Pure;
 * used by layout.ts before and after ELK places the boxes.
 */
import type { BarrierModel, JourneyModel, OpportunityModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import type { TextBlock } from './diagram-layout.js';
import type { DisplayNames } from './display-names.js';
import { lineHeight, measureText, wrapText } from './text.js';
import type { DiagramWords } from '../locale/diagram-words.js';

export const PADDING = 8;
export const BOX_WIDTH = 184;
export const TITLE_SIZE = 13;
export const SMALL_SIZE = 11;
export const LINE_GAP = 4;

export function block(text: string | undefined, width: number, fontSize: number, weight: 'normal' | 'bold' = 'normal'): TextBlock {
    const lines = text === undefined || text === '' ? [] : wrapText(text, width, fontSize, weight);
    return { lines, fontSize, weight };
}

export function blockHeight(text: TextBlock): number {
    return text.lines.length * lineHeight(text.fontSize);
}

/** Height of a box holding the blocks, with padding and a gap between non-empty blocks. */
export function boxHeight(blocks: readonly TextBlock[]): number {
    const filled = blocks.filter(text => text.lines.length > 0);
    const gaps = Math.max(0, filled.length - 1) * LINE_GAP;
    return 2 * PADDING + gaps + filled.reduce((sum, text) => sum + blockHeight(text), 0);
}

/** The widest line of the blocks, in px. */
export function widest(blocks: readonly TextBlock[]): number {
    let max = 0;
    for (const text of blocks) {
        for (const line of text.lines) {
            max = Math.max(max, measureText(line, text.fontSize, text.weight));
        }
    }
    return max;
}

const INNER = BOX_WIDTH - 2 * PADDING;

export interface TouchpointText {
    title: TextBlock;
    channels: TextBlock;
    personas: TextBlock;
    height: number;
}

/**
 * The texts of the boxes inside a stage, in the picture's language, naming channels,
 * personas and barriers by their titles.
 */
export interface BoxTexts {
    touchpoint(touchpoint: TouchpointModel): TouchpointText;
    barrier(barrier: BarrierModel, width: number): TextBlock;
    /**
     * `elsewhere` names the resolved barriers that no link reaches (the box is drawn under
     * another barrier, or in another stage), so the box itself says what it resolves.
     */
    opportunity(opportunity: OpportunityModel, elsewhere: readonly string[], width: number): TextBlock;
}

export function boxTexts(names: DisplayNames, words: DiagramWords): BoxTexts {
    const list = (prefix: string, items: readonly string[], title: (name: string) => string): TextBlock =>
        block(items.length > 0 ? `${prefix} ${items.map(title).join(', ')}` : undefined, INNER, SMALL_SIZE);
    return {
        touchpoint(touchpoint) {
            const title = block(touchpoint.title ?? touchpoint.name, INNER, TITLE_SIZE, 'bold');
            const channels = list(words.via, touchpoint.channels, names.channel);
            const personas = list(words.for, touchpoint.personas, names.persona);
            return { title, channels, personas, height: boxHeight([title, channels, personas]) };
        },
        barrier(barrier, width) {
            return block(`${barrier.title ?? barrier.name}\n${words.severity(barrier.severity)}`, width - 2 * PADDING, SMALL_SIZE);
        },
        opportunity(opportunity, elsewhere, width) {
            const title = opportunity.title ?? opportunity.name;
            const text = elsewhere.length === 0 ? title : `${title} (${words.resolves} ${elsewhere.map(names.barrier).join(', ')})`;
            return block(text, width - 2 * PADDING, SMALL_SIZE);
        }
    };
}

/** Barriers beside their touchpoint are narrower than a touchpoint; loose ones are as wide. */
export const ATTACHED_BARRIER_WIDTH = 160;

export function stageTitle(stage: StageModel, width: number): TextBlock {
    return block(stage.title ?? stage.name, width - 2 * PADDING, TITLE_SIZE, 'bold');
}

export function briefText(journey: JourneyModel, width: number, names: DisplayNames, words: DiagramWords): { title: TextBlock; brief: TextBlock } {
    const inner = width - 2 * PADDING;
    const view = journey.persona === undefined ? '' : ` \u00b7 ${words.view}: ${names.persona(journey.persona)}`;
    const title = block(`${journey.title ?? journey.name}${view}`, inner, 18, 'bold');
    const parts = [
        journey.objective === undefined ? undefined : `${words.objective}: ${journey.objective}`,
        journey.problem === undefined ? undefined : `${words.problem}: ${journey.problem}`,
        journey.targets.length === 0 ? undefined : `${words.targets}: ${journey.targets.map(names.persona).join(', ')}`
    ].filter((part): part is string => part !== undefined);
    return { title, brief: block(parts.length === 0 ? undefined : parts.join('\n'), inner, 12) };
}
