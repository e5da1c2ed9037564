import { feelsAlike } from '../../model/feels-alike.js';
import type { AttributedText, JourneyModel, TouchpointModel } from '../../model/journey-model.js';
import { md, named } from './markdown.js';

const EMOTIONS: Record<string, string> = { '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive' };

/** `+1 (positive)`, or `−2 (outside -2..+2)` for one that emotion-range reports. */
function emotionText(emotion: number): string {
    return `${emotion > 0 ? '+' : ''}${emotion} (${EMOTIONS[String(emotion)] ?? 'outside -2..+2'})`;
}

function personaName(journey: JourneyModel, name: string): string {
    return named(name, journey.personas.find(persona => persona.name === name)?.title);
}

/** A touchpoint's emotion for its hover: one, or each persona's where they feel differently. */
export function emotionFact(model: TouchpointModel, journey: JourneyModel): string {
    if (feelsAlike(model)) {
        return model.emotion === undefined ? 'not given' : emotionText(model.emotion);
    }
    return model.emotions.map(item => item.persona === undefined ? emotionText(item.emotion) : `${personaName(journey, item.persona)}: ${emotionText(item.emotion)}`).join('; ');
}

/** Actions or thoughts for the hover, each with whose it is when the touchpoint has several personas. */
export function attributedFact(entries: readonly AttributedText[], model: TouchpointModel, journey: JourneyModel): string {
    const several = model.personas.length > 1;
    return entries.map(entry => `${md(entry.text)}${several && entry.personas.length > 0 ? ` (${entry.personas.map(name => personaName(journey, name)).join(', ')})` : ''}`).join('; ');
}
