/**
 * Text boxes of the journey diagram: wrapped text and the box sizes that fit it. Pure;
 * used by layout.ts before and after ELK places the boxes.
 */
import type { BarrierModel, OpportunityModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import type { TextBlock } from './diagram-layout.js';
import type { DisplayNames } from './display-names.js';
import { lineHeight, measureText, wrapClamped, wrapText } from './text.js';
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

/** A block of at most `maxLines` lines, cut with an ellipsis past them (the box's `<title>` gives the whole text). */
export function clampedBlock(text: string, width: number, fontSize: number, maxLines: number, weight: 'normal' | 'bold' = 'normal'): TextBlock {
    return { lines: wrapClamped(text, width, fontSize, weight, maxLines).lines, fontSize, weight };
}

/** Blocks of one font as one, top to bottom. */
export function joinBlocks(blocks: readonly TextBlock[], fontSize: number): TextBlock {
    return { lines: blocks.flatMap(text => text.lines), fontSize, weight: 'normal' };
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

/** Past these many lines a box's text is cut with an ellipsis (its `<title>` has it whole). */
const TITLE_LINES = 4;
const FIELD_LINES = 3;
/** A mitigation is what a reader acts on: it keeps more lines than a field. */
const MITIGATION_LINES = 6;

export interface TouchpointText {
    title: TextBlock;
    channels: TextBlock;
    personas: TextBlock;
    height: number;
    /** Everything the box says, whole: its accessible name. */
    label: string;
}

/** A box's text of one font, and everything it says whole (its `<title>`). */
export interface LabelledText {
    text: TextBlock;
    label: string;
}

/** A barrier's bold title and the lines under it, and everything it says whole (its `<title>`). */
export interface BarrierText {
    title: TextBlock;
    body: TextBlock;
    label: string;
}

/**
 * The texts of the boxes inside a stage, in the picture's language, naming channels,
 * personas and barriers by their titles, each after a label (`Channel: Email`) so that
 * no language has to decline a name.
 */
export interface BoxTexts {
    touchpoint(touchpoint: TouchpointModel): TouchpointText;
    /** Its title (bold), then its severity and each mitigation, or the mark of none. */
    barrier(barrier: BarrierModel, width: number): BarrierText;
    /**
     * `elsewhere` names the resolved barriers that no link reaches (the box is drawn under
     * another barrier, or in another stage), so the box itself says what it resolves.
     */
    opportunity(opportunity: OpportunityModel, elsewhere: readonly string[], width: number): LabelledText;
    /** What a stage without touchpoints says where they would be. */
    noTouchpoints(width: number): TextBlock;
}

/** `personaView`: the picture is one persona's view, where a stage may hold none of the persona's touchpoints. */
export function boxTexts(names: DisplayNames, words: DiagramWords, personaView: boolean): BoxTexts {
    const field = (label: (count: number) => string, items: readonly string[], title: (name: string) => string): string | undefined =>
        items.length > 0 ? `${label(items.length)}: ${items.map(title).join(', ')}` : undefined;
    const small = (text: string | undefined, width: number, maxLines: number): TextBlock =>
        text === undefined ? block(undefined, width, SMALL_SIZE) : clampedBlock(text, width, SMALL_SIZE, maxLines);
    return {
        touchpoint(touchpoint) {
            const whole = touchpoint.title ?? touchpoint.name;
            const channels = field(words.channels, touchpoint.channels, names.channel);
            const personas = field(words.personas, touchpoint.personas, names.persona);
            const texts = {
                title: clampedBlock(whole, INNER, TITLE_SIZE, TITLE_LINES, 'bold'), channels: small(channels, INNER, FIELD_LINES), personas: small(personas, INNER, FIELD_LINES)
            };
            return {
                ...texts,
                height: boxHeight([texts.title, texts.channels, texts.personas]),
                label: [whole, channels, personas, touchpoint.description].filter(line => line !== undefined).join('\n')
            };
        },
        barrier(barrier, width) {
            const inner = width - 2 * PADDING;
            const whole = barrier.title ?? barrier.name;
            const mitigations = barrier.mitigations.length === 0 ? [words.noMitigation] : barrier.mitigations.map(text => `${words.mitigation}: ${text}`);
            const title = clampedBlock(whole, inner, SMALL_SIZE, TITLE_LINES, 'bold');
            const body = joinBlocks([small(words.severity(barrier.severity), inner, FIELD_LINES), ...mitigations.map(line => small(line, inner, MITIGATION_LINES))], SMALL_SIZE);
            return { title, body, label: [whole, words.severity(barrier.severity), ...mitigations].join('\n') };
        },
        opportunity(opportunity, elsewhere, width) {
            const inner = width - 2 * PADDING;
            const whole = opportunity.title ?? opportunity.name;
            const resolves = elsewhere.length === 0 ? undefined : `${words.resolves}: ${elsewhere.map(names.barrier).join(', ')}`;
            const text = joinBlocks([small(whole, inner, TITLE_LINES), small(resolves, inner, FIELD_LINES)], SMALL_SIZE);
            return { text, label: [whole, resolves, opportunity.description].filter(line => line !== undefined).join('\n') };
        },
        noTouchpoints(width) {
            return block(words.noTouchpoints(personaView), width, SMALL_SIZE);
        }
    };
}

/** Barriers beside their touchpoint are narrower than a touchpoint; loose ones are as wide. */
export const ATTACHED_BARRIER_WIDTH = 160;

export function stageTitle(stage: StageModel, width: number): TextBlock {
    return block(stage.title ?? stage.name, width - 2 * PADDING, TITLE_SIZE, 'bold');
}
