/**
 * What the picture calls the things a journey refers to by name: their titles, the name
 * only where no title was given (or the reference did not resolve).
 */
import type { JourneyModel } from '../model/journey-model.js';

export interface DisplayNames {
    channel(name: string): string;
    persona(name: string): string;
    barrier(name: string): string;
}

export function displayNames(model: JourneyModel): DisplayNames {
    const titles = (items: readonly { name: string; title?: string }[]): (name: string) => string => {
        const byName = new Map(items.map(item => [item.name, item.title ?? item.name]));
        return name => byName.get(name) ?? name;
    };
    return {
        channel: titles(model.channels),
        persona: titles(model.personas),
        barrier: titles(model.stages.flatMap(stage => stage.barriers))
    };
}
