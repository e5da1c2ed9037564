import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, CONFIGURABLE_RULE_IDS, RULE_IDS } from '../../src/index.js';

const SHIPPED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cjm.config.schema.json');

describe('the config JSON Schema', () => {
    it('is shipped as cjm.config.schema.json, equal to CONFIG_SCHEMA (the build writes it)', () => {
        expect(JSON.parse(fs.readFileSync(SHIPPED, 'utf8'))).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
    });

    it('lists every rule id a config may set, each with the four severities', () => {
        expect(Object.keys(CONFIG_SCHEMA.properties.rules.properties)).toEqual(RULE_IDS.filter(id => id !== 'internal-error'));
        for (const id of CONFIGURABLE_RULE_IDS) {
            expect(CONFIG_SCHEMA.properties.rules.properties[id]).toEqual({ enum: ['off', 'info', 'warning', 'error'] });
        }
    });

    it('is a valid draft-07 schema (cjm loads it without checking, to start faster)', () => {
        const ajv = new Ajv({ strict: true });
        expect(ajv.validateSchema(CONFIG_SCHEMA), ajv.errorsText()).toBe(true);
    });
});
