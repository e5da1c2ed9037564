import { LOCALES } from '../locale/locale.js';
import { CONFIGURABLE_RULE_IDS } from '../validation/rules.js';

/** The JSON Schema of cjm.config.json, derived from the rule registry (shipped as cjm.config.schema.json). */
export const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://cjm.dev/schema/cjm.config.schema.json',
    title: 'cjm.config.json',
    description: 'Configuration of cjm, the customer journey map linter.',
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        requiredStages: {
            description: 'Stage names every journey must have, in this order.',
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true
        },
        evidenceMaxAgeDays: {
            description: 'How old an answer date, a metric measurement or a journey review may be before stale-evidence reports it.',
            type: 'integer',
            minimum: 1
        },
        locale: {
            description: 'Language of the diagram\'s own words (headings, lane titles, legend); without it, Russian when most of a journey\'s titles are Cyrillic, else English.',
            enum: LOCALES
        },
        rules: {
            description: 'Severity per rule id.',
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(CONFIGURABLE_RULE_IDS.map(id => [id, { enum: ['off', 'info', 'warning', 'error'] }]))
        }
    }
} as const;
