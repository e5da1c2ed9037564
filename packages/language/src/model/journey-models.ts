import { DocumentCache, DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Journey } from '../generated/ast.js';
import { buildJourneyModel } from './build-journey-model.js';
import type { JourneyModel } from './journey-model.js';

/**
 * The journey models of every document, built on first use after linking and kept until
 * the document is linked again (its own change, or one in a file it refers to).
 */
export class JourneyModels {
    private readonly cache: DocumentCache<Journey, JourneyModel>;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new DocumentCache(shared, DocumentState.Linked);
    }

    get(journey: Journey): JourneyModel {
        const document = journey.$container.$document;
        if (!document) {
            return buildJourneyModel(journey);
        }
        return this.cache.get(document.uri, journey, () => buildJourneyModel(journey));
    }
}
