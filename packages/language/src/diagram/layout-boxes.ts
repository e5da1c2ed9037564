/**
 * Text boxes of the journey diagram: wrapped text and the box sizes that fit it. Pure;
 * used by layout.ts before and after ELK places the boxes.
 */
import type { BarrierModel, JourneyModel, MetricModel, MetricValue, OpportunityModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import type { MetricLine, TextBlock } from './diagram-layout.js';
import { lineHeight, measureText, wrapText } from './text.js';

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

export function touchpointText(touchpoint: TouchpointModel): TouchpointText {
    const title = block(touchpoint.title ?? touchpoint.name, INNER, TITLE_SIZE, 'bold');
    const channels = block(touchpoint.channels.length > 0 ? `via ${touchpoint.channels.join(', ')}` : undefined, INNER, SMALL_SIZE);
    const personas = block(touchpoint.personas.length > 0 ? `for ${touchpoint.personas.join(', ')}` : undefined, INNER, SMALL_SIZE);
    return { title, channels, personas, height: boxHeight([title, channels, personas]) };
}

/** Barriers beside their touchpoint are narrower than a touchpoint; loose ones are as wide. */
export const ATTACHED_BARRIER_WIDTH = 160;

export function barrierText(barrier: BarrierModel, width: number): TextBlock {
    return block(`${barrier.title ?? barrier.name} (${barrier.severity})`, width - 2 * PADDING, SMALL_SIZE);
}

/**
 * `elsewhere` names the resolved barriers that no link reaches (the box is drawn under
 * another barrier, or in another stage), so the box itself says what it resolves.
 */
export function opportunityText(opportunity: OpportunityModel, elsewhere: readonly string[], width: number): TextBlock {
    const title = opportunity.title ?? opportunity.name;
    return block(elsewhere.length === 0 ? title : `${title} (resolves ${elsewhere.join(', ')})`, width - 2 * PADDING, SMALL_SIZE);
}

export function stageTitle(stage: StageModel, width: number): TextBlock {
    return block(stage.title ?? stage.name, width - 2 * PADDING, TITLE_SIZE, 'bold');
}

function value(metric: MetricValue | undefined): string {
    return metric === undefined ? '?' : `${metric.value}${metric.unit === undefined ? '' : metric.unit === '%' ? '%' : ` ${metric.unit}`}`;
}

function metricText(metric: MetricModel): string {
    const actual = metric.actual === undefined ? '' : `, actual ${value(metric.actual)}`;
    return `${metric.title ?? metric.name}: ${value(metric.baseline)} → ${value(metric.target)}${actual}`;
}

export interface FactsText {
    metrics: MetricLine[];
    coverage: string[];
    height: number;
}

export function stageFactsText(stage: StageModel, width: number): FactsText {
    const inner = width - 2 * PADDING;
    const metrics = stage.metrics.map(metric => {
        const line: MetricLine = { lines: wrapText(metricText(metric), inner, SMALL_SIZE) };
        if (metric.met !== undefined) {
            line.met = metric.met;
        }
        return line;
    });
    const { questions, answeredQuestions } = stage.coverage;
    const coverage = wrapText(`Research: ${answeredQuestions}/${questions} questions answered`, inner, SMALL_SIZE);
    const lines = metrics.reduce((sum, metric) => sum + metric.lines.length, 0) + coverage.length;
    return { metrics, coverage, height: 2 * PADDING + lines * lineHeight(SMALL_SIZE) };
}

export function briefText(journey: JourneyModel, width: number): { title: TextBlock; brief: TextBlock } {
    const inner = width - 2 * PADDING;
    const title = block(journey.title ?? journey.name, inner, 18, 'bold');
    const parts = [
        journey.objective === undefined ? undefined : `Objective: ${journey.objective}`,
        journey.problem === undefined ? undefined : `Problem: ${journey.problem}`,
        journey.targets.length === 0 ? undefined : `Targets: ${journey.targets.join(', ')}`
    ].filter((part): part is string => part !== undefined);
    return { title, brief: block(parts.length === 0 ? undefined : parts.join('\n'), inner, 12) };
}
