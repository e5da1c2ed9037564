import { describe, expect, it } from 'vitest';
import { ast, buildJourneyModel } from '../../src/index.js';
import { CLEAN_JOURNEY, lintWorkspace } from '../fixtures.js';

describe('the JourneyModels service', () => {
    it('builds a journey model once per document build and returns it again', async () => {
        const { services, documents: [{ document }] } = await lintWorkspace({ 'map.cjm': CLEAN_JOURNEY });
        const journey = document.parseResult.value.elements.find(ast.isJourney)!;
        const model = services.model.JourneyModels.get(journey);
        expect(services.model.JourneyModels.get(journey)).toBe(model);
        expect(model).toEqual(buildJourneyModel(journey));
    });
});
