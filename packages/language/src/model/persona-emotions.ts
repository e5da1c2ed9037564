import type { Reference } from 'langium';
import type * as ast from '../generated/ast.js';
import type { AttributedText, PersonaEmotion } from './journey-model.js';
import { usableNumber } from './numbers.js';

/**
 * Each persona's emotion at a touchpoint, as language.md resolves it: an `emotion ... for
 * P` is P's; one without `for` is every persona's of the touchpoint that has none of its
 * own (the journey's customer, no persona, when the touchpoint names none). The
 * touchpoint's personas come first in their order, then any other persona an emotion
 * names (persona-not-on-touchpoint reports those; the map still says it). The first
 * emotion given for a persona wins (duplicate-emotion reports the others).
 */
export function personaEmotions(touchpoint: ast.Touchpoint, refName: (ref: Reference) => string): PersonaEmotion[] {
    const own = new Map<string, number>();
    let shared: number | undefined;
    let sharedSeen = false;
    for (const emotion of touchpoint.emotions) {
        const value = usableNumber(emotion.value);
        if (emotion.personas.length === 0) {
            if (!sharedSeen) {
                shared = value;
                sharedSeen = true;
            }
            continue;
        }
        for (const persona of emotion.personas.map(refName)) {
            if (!own.has(persona) && value !== undefined) {
                own.set(persona, value);
            }
        }
    }
    const personas = distinct([...touchpoint.personas.map(refName), ...own.keys()]);
    if (personas.length === 0) {
        return shared === undefined ? [] : [{ emotion: shared }];
    }
    return personas.flatMap(persona => {
        const emotion = own.get(persona) ?? (touchpoint.personas.some(ref => refName(ref) === persona) ? shared : undefined);
        return emotion === undefined ? [] : [{ persona, emotion }];
    });
}

/**
 * The one number a `cjmVersion: 1` reader knows as the touchpoint's emotion: the one
 * written without `for`, else the first persona's.
 */
export function touchpointEmotion(touchpoint: ast.Touchpoint, emotions: readonly PersonaEmotion[]): number | undefined {
    const shared = touchpoint.emotions.find(emotion => emotion.personas.length === 0);
    return shared === undefined ? emotions[0]?.emotion : usableNumber(shared.value);
}

/** An action's or thought's text with its personas: its own `for`, else every persona of the touchpoint. */
export function attributed(entries: readonly (ast.Action | ast.Thought)[], touchpoint: ast.Touchpoint, refName: (ref: Reference) => string): AttributedText[] {
    return entries.map(entry => ({
        text: entry.text,
        personas: (entry.personas.length > 0 ? entry.personas : touchpoint.personas).map(refName)
    }));
}

function distinct(items: readonly string[]): string[] {
    return [...new Set(items)];
}
