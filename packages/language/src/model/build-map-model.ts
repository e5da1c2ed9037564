import type * as ast from '../generated/ast.js';
import { channelModel, personaModel } from './build-journey-model.js';
import type { JourneyModel } from './journey-model.js';
import type { MapModel } from './map-model.js';

/**
 * The model of one file. `journeyModel` gives each journey's model (the JourneyModels
 * service, so that the diff reads the same cached models as every other feature).
 */
export function buildMapModel(file: ast.CjmFile, journeyModel: (journey: ast.Journey) => JourneyModel): MapModel {
    const personas: ast.Persona[] = [];
    const channels: ast.Channel[] = [];
    const journeys: ast.Journey[] = [];
    for (const element of file.elements) {
        switch (element.$type) {
            case 'Persona': personas.push(element); break;
            case 'Channel': channels.push(element); break;
            case 'Journey': journeys.push(element); break;
        }
    }
    return { personas: personas.map(personaModel), channels: channels.map(channelModel), journeys: journeys.map(journeyModel) };
}
