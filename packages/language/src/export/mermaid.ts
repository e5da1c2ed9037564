/**
 * The journey as a Mermaid `journey` diagram (cli.md): a title, a section per stage and a
 * task per touchpoint, `Title: SCORE: Persona titles`. Pure: GitHub and any Mermaid
 * renderer draw the text; no tool of ours is needed to read it.
 */
import type { Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import { feelsAlike } from '../model/feels-alike.js';
import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';

/** `locale` is the language of the title's own words (one persona's view says `View: HR manager`). */
export function exportMermaid(model: JourneyModel, locale: Locale = 'en'): string {
    const personaTitles = new Map(model.personas.map(persona => [persona.name, label(persona.title, persona.name)]));
    // One persona's view says whose it is, as the picture's title does.
    const view = model.persona === undefined ? '' : ` \u00b7 ${messagesFor(locale).diagram.view}: ${personaTitles.get(model.persona) ?? model.persona}`;
    const lines = ['journey', `    title ${mermaidText(label(model.title, model.name) + view)}`];
    for (const stage of model.stages) {
        lines.push(`    section ${mermaidText(label(stage.title, stage.name))}`);
        for (const touchpoint of stage.touchpoints) {
            lines.push(...tasks(touchpoint, personaTitles).map(task => `        ${task}`));
        }
    }
    return `${lines.join('\n')}\n`;
}

/**
 * One task, or, when the touchpoint's personas feel differently, one task per persona
 * (`Title · Persona: SCORE: Persona`): Mermaid gives a task one score.
 */
function tasks(touchpoint: TouchpointModel, personaTitles: ReadonlyMap<string, string>): string[] {
    const title = label(touchpoint.title, touchpoint.name);
    const person = (persona: string): string => label(personaTitles.get(persona), persona);
    if (feelsAlike(touchpoint)) {
        return [task(title, touchpoint.emotion, touchpoint.personas.map(person))];
    }
    const felt = new Map(touchpoint.emotions.map(item => [item.persona, item.emotion]));
    const personas = [...new Set([...touchpoint.personas, ...touchpoint.emotions.flatMap(item => item.persona ?? [])])];
    return [
        ...(felt.has(undefined) ? [task(title, felt.get(undefined), [])] : []),
        ...personas.map(persona => task(`${title} \u00b7 ${person(persona)}`, felt.get(persona), [person(persona)]))
    ];
}

function task(title: string, emotion: number | undefined, people: readonly string[]): string {
    const name = taskName(mermaidText(title));
    const score = mermaidScore(emotion);
    // Without personas the task ends at its score: `: 3: ` would make one person named "".
    return people.length === 0 ? `${name}: ${score}` : `${name}: ${score}: ${people.map(personText).join(', ')}`;
}

/**
 * Mermaid draws scores 1 to 5 (its faces and colours); the language's emotion is -2..+2.
 * An emotion outside that range (which lint reports) or between integers is shown as the
 * nearest face, so the picture stays drawable.
 */
export function mermaidScore(emotion: number | undefined): number {
    return emotion === undefined ? 3 : Math.min(5, Math.max(1, Math.round(emotion + 3)));
}

/** A title as shown: trimmed, or the name when it is missing or blank. */
function label(title: string | undefined, name: string): string {
    const trimmed = title === undefined ? '' : mermaidWhitespace(title).trim();
    return trimmed === '' ? name : trimmed;
}

/** Mermaid statements are lines: control characters (newline, tab, ...) become spaces. */
function mermaidWhitespace(text: string): string {
    return text.replace(/\p{Cc}/gu, ' ');
}

/**
 * Characters the journey grammar or Mermaid's preprocessing reads as syntax, drawn as
 * look-alikes: `:` ends a task name and separates score and people, `#` starts a comment
 * and an entity, `;` ends a statement, `%` starts a comment, `<` and `>` are rewritten as
 * HTML tags, and `ﬂ` and `¶` mark Mermaid's encoded entities. Mermaid's own entities
 * (`#58;`) parse, but its journey renderer draws them undecoded (`ﬂ°°58¶ß`, seen in
 * Chromium with Mermaid 11), so a reader would see garbage.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
    ':': '\u2236', // ∶ ratio
    '#': '\uFF03', // ＃
    ';': '\uFF1B', // ；
    '%': '\uFF05', // ％
    '<': '\u2039', // ‹
    '>': '\u203A', // ›
    '\uFB02': 'fl',
    '\u00B6': '\u204B' // ⁋
};
const SPECIAL = /[:#;%<>\uFB02\u00B6]/g;

function mermaidText(text: string): string {
    return text.replace(SPECIAL, char => LOOK_ALIKES[char]!);
}

/** `,` separates people, so a persona title keeps its commas as look-alikes (‚ U+201A). */
function personText(text: string): string {
    return mermaidText(text).replaceAll(',', '\u201A');
}

/**
 * A task name that begins with a statement keyword would be read as that statement
 * (`Title page: 3` sets the title): an invisible word joiner goes in front.
 */
const KEYWORD_START = /^(?:journey|title|section|acctitle|accdescr)/i;

function taskName(text: string): string {
    return KEYWORD_START.test(text) ? `\u2060${text}` : text;
}
