/**
 * The persona cards under the header: one per target persona (only the viewed one in a
 * persona's view), with its title, its role, and its first goal, need and quote, each
 * shortened with an ellipsis past a readable length. Cards sit in rows, left to right,
 * all of one height. Each card's `<title>` has its texts whole.
 */
import type { JourneyModel, PersonaModel } from '../model/journey-model.js';
import type { PersonaCardLayout } from './diagram-layout.js';
import { PADDING, SMALL_SIZE, TITLE_SIZE, block, boxHeight } from './layout-boxes.js';
import type { DiagramWords } from '../locale/diagram-words.js';

const CARD_WIDTH = 248;
const CARD_GAP = 12;
/** Past this many characters a goal, need or quote is cut at a word with an ellipsis. */
const READABLE = 110;

export function personaCards(model: JourneyModel, words: DiagramWords, x: number, top: number, width: number): { cards: PersonaCardLayout[]; bottom: number } {
    const shown = model.persona === undefined ? model.targets : model.targets.filter(name => name === model.persona);
    const personas = shown.map(name => model.personas.find(persona => persona.name === name)).filter((persona): persona is PersonaModel => persona !== undefined);
    if (personas.length === 0) {
        return { cards: [], bottom: top };
    }
    const inner = CARD_WIDTH - 2 * PADDING;
    const texts = personas.map(persona => ({
        name: persona.name,
        title: block(persona.title ?? persona.name, inner, TITLE_SIZE, 'bold'),
        role: block(persona.role === undefined ? undefined : words.role(persona.role), inner, SMALL_SIZE),
        body: block(body(persona, words, shorten).join('\n'), inner, SMALL_SIZE),
        label: [persona.title ?? persona.name, persona.role === undefined ? undefined : words.role(persona.role), ...body(persona, words, text => text)]
            .filter(line => line !== undefined).join('\n')
    }));
    const height = Math.max(...texts.map(text => boxHeight([text.title, text.role, text.body])));
    const perRow = Math.max(1, Math.floor((width + CARD_GAP) / (CARD_WIDTH + CARD_GAP)));
    const cards = texts.map((text, i) => ({
        ...text,
        x: x + (i % perRow) * (CARD_WIDTH + CARD_GAP),
        y: top + Math.floor(i / perRow) * (height + CARD_GAP),
        width: CARD_WIDTH,
        height
    }));
    return { cards, bottom: cards[cards.length - 1].y + height };
}

/** Goal, need and quote, each labelled and passed through `cut`. */
function body(persona: PersonaModel, words: DiagramWords, cut: (text: string) => string): string[] {
    const first = (kind: string): string | undefined => persona.attributes.find(attribute => attribute.kind === kind)?.value;
    const goal = first('goal');
    const need = first('need');
    const quote = first('quote');
    return [
        goal === undefined ? undefined : `${words.goal}: ${cut(goal)}`,
        need === undefined ? undefined : `${words.need}: ${cut(need)}`,
        quote === undefined ? undefined : words.quote(cut(quote))
    ].filter((line): line is string => line !== undefined);
}

/** The text up to READABLE characters, cut after a whole word, with an ellipsis. */
export function shorten(text: string): string {
    const chars = [...text];
    if (chars.length <= READABLE) {
        return text;
    }
    const cut = chars.slice(0, READABLE).join('');
    const space = cut.lastIndexOf(' ');
    return `${(space > READABLE / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
