import type { ChannelModel, JourneyModel, PersonaModel } from './journey-model.js';

/**
 * What one .cjm file holds, as models: its top-level personas and channels (declared
 * there, used or not) and its journeys. The diff compares two of these; a journey's own
 * personas and channels are in its JourneyModel (scope `journey`).
 */
export interface MapModel {
    personas: PersonaModel[];
    channels: ChannelModel[];
    journeys: JourneyModel[];
}
