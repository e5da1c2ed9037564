import type { Messages } from '../../locale/messages.js';
import { feelsAlike } from '../../model/feels-alike.js';
import type { AttributedText, JourneyModel, TouchpointModel } from '../../model/journey-model.js';
import { md, named } from './markdown.js';

/** `+1 (positive)`, or `+5 (outside -2..+2)` for one that emotion-range reports. */
function emotionText(emotion: number, words: Messages): string {
    const level = Number.isInteger(emotion) && emotion >= -2 && emotion <= 2 ? words.diagram.colours.levels[emotion + 2] : words.facts.outsideScale;
    return `${emotion > 0 ? '+' : ''}${emotion} (${level})`;
}

function personaName(journey: JourneyModel, name: string): string {
    return named(name, journey.personas.find(persona => persona.name === name)?.title);
}

/** A touchpoint's emotion for its hover: one, or each persona's where they feel differently. */
export function emotionFact(model: TouchpointModel, journey: JourneyModel, words: Messages): string {
    if (feelsAlike(model)) {
        return model.emotion === undefined ? words.facts.notGiven : emotionText(model.emotion, words);
    }
    return model.emotions.map(item => item.persona === undefined ? emotionText(item.emotion, words) : `${personaName(journey, item.persona)}: ${emotionText(item.emotion, words)}`).join('; ');
}

/** Actions or thoughts for the hover, each with whose it is when the touchpoint has several personas. */
export function attributedFact(entries: readonly AttributedText[], model: TouchpointModel, journey: JourneyModel): string {
    const several = model.personas.length > 1;
    return entries.map(entry => `${md(entry.text)}${several && entry.personas.length > 0 ? ` (${entry.personas.map(name => personaName(journey, name)).join(', ')})` : ''}`).join('; ');
}
