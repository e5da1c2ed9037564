/**
 * The header above the picture: the journey's title (and whose view it is), a badge with
 * its state, its product and owner, the date it was reviewed (marked stale by
 * stale-evidence's own fact), and the brief (objective, problem, targets). Every field is
 * labelled, so the map's names are never declined.
 */
import type { EvidenceClock } from '../model/evidence.js';
import { isStale } from '../model/evidence.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { HeaderLayout } from './diagram-layout.js';
import type { DisplayNames } from './display-names.js';
import { LINE_GAP, PADDING, SMALL_SIZE, block, blockHeight, boxHeight, widest } from './layout-boxes.js';
import { lineHeight } from './text.js';
import type { DiagramWords } from '../locale/diagram-words.js';

const TITLE_SIZE = 18;
const BRIEF_SIZE = 12;
/** Room around the badge's word, and between the badge and the facts right of it. */
export const BADGE_PAD = 6;
const BADGE_GAP = 10;

export function headerLayout(
    model: JourneyModel, x: number, y: number, width: number, names: DisplayNames, words: DiagramWords, clock?: EvidenceClock
): HeaderLayout {
    const inner = width - 2 * PADDING;
    const view = model.persona === undefined ? '' : ` \u00b7 ${words.view}: ${names.persona(model.persona)}`;
    const title = block(`${model.title ?? model.name}${view}`, inner, TITLE_SIZE, 'bold');
    const brief = briefLines(model, names, words);
    const briefBlock = block(brief.length === 0 ? undefined : brief.join('\n'), inner, BRIEF_SIZE);

    const rowTop = y + PADDING + blockHeight(title) + LINE_GAP;
    const badgeText = block(words.state(model.state), Infinity, SMALL_SIZE, 'bold');
    const badge = { x: x + PADDING, y: rowTop, width: Math.ceil(widest([badgeText])) + 2 * BADGE_PAD, height: lineHeight(SMALL_SIZE) + 4, text: badgeText, state: model.state };
    const factsX = badge.x + badge.width + BADGE_GAP;
    const factsText = [
        model.product === undefined ? undefined : `${words.product}: ${model.product}`,
        model.owner === undefined ? undefined : `${words.owner}: ${model.owner}`
    ].filter((part): part is string => part !== undefined).join(' \u00b7 ');
    const facts = block(factsText === '' ? undefined : factsText, x + width - PADDING - factsX, SMALL_SIZE);
    const rowHeight = Math.max(badge.height, blockHeight(facts) + 2);
    const stale = model.reviewed !== undefined && clock !== undefined && isStale(model.reviewed, clock.today, clock.maxAgeDays);
    const reviewed = model.reviewed === undefined ? undefined
        : { text: block(`${words.reviewed}: ${model.reviewed}${stale ? ` (${words.stale})` : ''}`, inner, SMALL_SIZE), stale, y: rowTop + rowHeight + LINE_GAP };
    const briefTop = (reviewed === undefined ? rowTop + rowHeight : reviewed.y + blockHeight(reviewed.text)) + LINE_GAP;
    const height = briefTop - y + (briefBlock.lines.length === 0 ? PADDING - LINE_GAP : boxHeight([briefBlock]) - PADDING);
    return {
        label: model.title ?? model.name, description: [words.state(model.state), factsText, ...brief].filter(line => line !== '').join('\n'), x, y, width, height, title, badge,
        facts: { text: facts, x: factsX, y: rowTop + 2 }, ...(reviewed ? { reviewed } : {}), brief: briefBlock, briefY: briefTop
    };
}

/** The brief, one labelled line each: objective, problem, targets. */
function briefLines(model: JourneyModel, names: DisplayNames, words: DiagramWords): string[] {
    return [
        model.objective === undefined ? undefined : `${words.objective}: ${model.objective}`,
        model.problem === undefined ? undefined : `${words.problem}: ${model.problem}`,
        model.targets.length === 0 ? undefined : `${words.targets}: ${model.targets.map(names.persona).join(', ')}`
    ].filter((part): part is string => part !== undefined);
}
