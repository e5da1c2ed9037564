import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA } from '../../src/export/json-schema.js';
import { exportJson } from '../../src/export/json.js';
import type { JourneyModel } from '../../src/model/journey-model.js';
import { CLEAN_JOURNEY, exampleJourneyModels, generatedJourney, journeyModel } from '../fixtures.js';

const SHIPPED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cjm.export.schema.json');

/** The shipped file, compiled by Ajv in strict mode: a schema keyword Ajv does not know fails here. */
const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(fs.readFileSync(SHIPPED, 'utf8')) as object);

function errorsOf(document: unknown): string[] {
    return validate(document) ? [] : (validate.errors ?? []).map(error => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** Reverses every object's keys: what the export writes must not depend on the model's key order. */
function shuffled(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(shuffled);
    }
    return typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, shuffled(item)])) : value;
}

describe('the export JSON Schema', () => {
    it('is shipped as cjm.export.schema.json, equal to EXPORT_SCHEMA (the build writes it)', () => {
        expect(JSON.parse(fs.readFileSync(SHIPPED, 'utf8'))).toEqual(JSON.parse(JSON.stringify(EXPORT_SCHEMA)));
    });

    it('is strict: unknown keys, a missing field, a wrong enum value and another version fail', async () => {
        const document = JSON.parse(exportJson(await journeyModel(CLEAN_JOURNEY, 'Onboarding'))) as { cjmVersion: number; journey: Record<string, unknown> & { stages: Record<string, unknown>[] } };
        expect(errorsOf(document)).toEqual([]);
        expect(errorsOf({ ...document, extra: 1 })).not.toEqual([]);
        expect(errorsOf({ ...document, cjmVersion: 2 })).not.toEqual([]);
        expect(errorsOf({ ...document, journey: { ...document.journey, state: 'past' } })).not.toEqual([]);
        const { coverage: _coverage, ...stageWithoutCoverage } = document.journey.stages[0];
        expect(errorsOf({ ...document, journey: { ...document.journey, stages: [stageWithoutCoverage] } })).not.toEqual([]);
        expect(errorsOf({ ...document, journey: { ...document.journey, stages: [{ ...document.journey.stages[0], colour: 'red' }] } })).not.toEqual([]);
    });
});

describe('exportJson', () => {
    let examples: JourneyModel[] = [];

    beforeAll(async () => {
        examples = await exampleJourneyModels();
        expect(examples.length).toBeGreaterThan(4);
    });

    it('writes { cjmVersion: 1, journey: <the model> }, two-space indent, one trailing newline', async () => {
        const model = await journeyModel(CLEAN_JOURNEY, 'Onboarding');
        const text = exportJson(model);
        expect(text.startsWith('{\n  "cjmVersion": 1,\n  "journey": {\n    "name": "Onboarding",\n    "title": "SaaS onboarding",')).toBe(true);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
        expect(JSON.parse(text)).toEqual({ cjmVersion: 1, journey: JSON.parse(JSON.stringify(model)) });
    });

    it('validates against the shipped schema for every example journey and a generated one', async () => {
        const generated = await journeyModel(generatedJourney(200), 'Generated');
        for (const model of [...examples, generated]) {
            const document = JSON.parse(exportJson(model)) as unknown;
            expect(errorsOf(document), model.name).toEqual([]);
            expect(document, model.name).toEqual({ cjmVersion: 1, journey: JSON.parse(JSON.stringify(model)) });
        }
    });

    it('writes the same bytes whatever the order of the model\'s keys, in the order of the schema', () => {
        for (const model of examples) {
            expect(exportJson(shuffled(model) as JourneyModel), model.name).toBe(exportJson(model));
        }
        const journey = JSON.parse(exportJson(examples[0])).journey as Record<string, unknown>;
        const order = Object.keys(EXPORT_SCHEMA.definitions?.journey.properties ?? {});
        expect(Object.keys(journey)).toEqual(order.filter(key => key in journey));
    });

    it('gives each persona\'s emotion and role, and keeps the one emotion a cjmVersion 1 reader expects', () => {
        const health = examples.find(model => model.name === 'CorporateHealth')!;
        const document = JSON.parse(exportJson(health)) as { journey: JourneyModel };
        const webinar = document.journey.stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.name === 'Webinar')!;
        expect(webinar.emotions).toEqual([{ persona: 'HRManager', emotion: 1 }, { persona: 'Employee', emotion: -1 }]);
        expect(webinar.emotion).toBe(1);
        expect(webinar.personaThoughts).toEqual([
            { text: 'Finally everyone is enrolled', personas: ['HRManager'] },
            { text: 'Where is my policy number?', personas: ['Employee'] }
        ]);
        expect(document.journey.personas.map(persona => persona.role)).toEqual(['buyer', 'user', 'influencer']);
        // A reader of the first version's fields sees every one of them where it was.
        const v1 = (EXPORT_SCHEMA.definitions?.touchpoint.required ?? []).filter(key => !['emotions', 'personaActions', 'personaThoughts'].includes(key));
        expect(v1).toEqual(['name', 'stage', 'channels', 'personas', 'actions', 'thoughts', 'arrows', 'reachable']);
    });
});
