import { CliError } from '../command.js';

/** The journey a command works on: the only one in the file, or the one `--journey` names. */
export function pickJourney<Journey extends { readonly name: string }>(journeys: readonly Journey[], id: string | undefined, file: string): Journey {
    const ids = journeys.map(journey => journey.name).join(', ');
    if (id !== undefined) {
        const named = journeys.find(journey => journey.name === id);
        if (named === undefined) {
            throw new CliError(journeys.length === 0 ? `${file} declares no journey` : `${file} has no journey ${id}; its journeys: ${ids}`);
        }
        return named;
    }
    if (journeys.length === 0) {
        throw new CliError(`${file} declares no journey`);
    }
    if (journeys.length > 1) {
        throw new CliError(`${file} declares ${journeys.length} journeys; choose one with --journey: ${ids}`);
    }
    return journeys[0];
}

/** The persona `--persona` names, checked against the journey's personas (declared or referred to). */
export function pickPersona(journey: { readonly name: string; readonly personas: readonly { readonly name: string }[] }, id: string, file: string): string {
    if (!journey.personas.some(persona => persona.name === id)) {
        const names = journey.personas.map(persona => persona.name).join(', ');
        throw new CliError(journey.personas.length === 0 ? `journey ${journey.name} of ${file} has no personas`
            : `journey ${journey.name} of ${file} has no persona ${id}; its personas: ${names}`);
    }
    return id;
}
