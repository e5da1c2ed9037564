import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, parseConfig } from '../../src/index.js';

const FILE = '/repo/maps/cjm.config.json';

/** The ConfigError that parsing `text` throws. */
function configError(text: string): ConfigError {
    try {
        parseConfig(text, FILE);
    } catch (error) {
        if (error instanceof ConfigError) {
            return error;
        }
        throw error;
    }
    throw new Error(`parseConfig accepted ${text}`);
}

/** Expects a ConfigError that names the file and the key, in its fields and in its message. */
function expectRejected(text: string, key: string | undefined): void {
    const error = configError(text);
    expect(error.file).toBe(FILE);
    expect(error.key).toBe(key);
    expect(error.message).toContain(FILE);
    if (key !== undefined) {
        expect(error.message).toContain(`\`${key}\``);
    }
}

describe('parseConfig', () => {
    it('fills in the defaults for an empty config', () => {
        expect(parseConfig('{}', FILE)).toEqual(DEFAULT_CONFIG);
        expect(DEFAULT_CONFIG).toEqual({ requiredStages: [], evidenceMaxAgeDays: 365, rules: {} });
    });

    it('reads every setting of language.md\'s example', () => {
        const text = JSON.stringify({
            $schema: './node_modules/@cjm/language/cjm.config.schema.json',
            requiredStages: ['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Retention', 'Advocacy'],
            evidenceMaxAgeDays: 180,
            locale: 'ru',
            rules: { 'barrier-needs-mitigation': 'off', 'stale-evidence': 'error', 'empty-stage': 'info', 'syntax': 'warning' }
        });
        expect(parseConfig(text, FILE)).toEqual({
            requiredStages: ['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Retention', 'Advocacy'],
            evidenceMaxAgeDays: 180,
            locale: 'ru',
            rules: { 'barrier-needs-mitigation': 'off', 'stale-evidence': 'error', 'empty-stage': 'info', 'syntax': 'warning' }
        });
    });

    it('reads the diagram\'s locale, English or Russian, and rejects any other, naming the key', () => {
        expect(parseConfig('{ "locale": "en" }', FILE).locale).toBe('en');
        expect(parseConfig('{}', FILE).locale).toBeUndefined();
        expectRejected('{ "locale": "de" }', 'locale');
        expectRejected('{ "locale": "RU" }', 'locale');
        expect(configError('{ "locale": "de" }').message).toContain('must be one of `en`, `ru`.');
    });

        it('accepts a byte order mark', () => {
        expect(parseConfig('\uFEFF{ "evidenceMaxAgeDays": 30 }', FILE).evidenceMaxAgeDays).toBe(30);
    });

    it('rejects text that is not JSON, naming the file', () => {
        expectRejected('{ "rules": { ', undefined);
        expectRejected('', undefined);
    });

    it('rejects a config that is not an object', () => {
        expectRejected('[]', undefined);
        expectRejected('null', undefined);
    });

    it('rejects an unknown key, naming it', () => {
        expectRejected('{ "requiredStage": ["Awareness"] }', 'requiredStage');
        expect(configError('{ "colour": "red" }').message).toContain('unknown key');
    });

    it('rejects an unknown rule id, naming it under rules', () => {
        expectRejected('{ "rules": { "no-such-rule": "off" } }', 'rules.no-such-rule');
        expect(configError('{ "rules": { "Stale-Evidence": "off" } }').message).toContain('unknown rule id');
    });

    it('rejects a severity other than off, info, warning and error', () => {
        expectRejected('{ "rules": { "stale-evidence": "fatal" } }', 'rules.stale-evidence');
        expectRejected('{ "rules": { "stale-evidence": 2 } }', 'rules.stale-evidence');
        expect(configError('{ "rules": { "stale-evidence": "warn" } }').message).toContain('`off`, `info`, `warning`, `error`');
    });

    it('rejects rules that are not an object', () => {
        expectRejected('{ "rules": ["stale-evidence"] }', 'rules');
    });

    it('rejects an evidenceMaxAgeDays that is not a positive integer', () => {
        for (const value of ['0', '-30', '1.5', '"365"', 'null']) {
            expectRejected(`{ "evidenceMaxAgeDays": ${value} }`, 'evidenceMaxAgeDays');
        }
    });

    it('rejects requiredStages that are not an array of strings', () => {
        expectRejected('{ "requiredStages": "Awareness" }', 'requiredStages');
        expectRejected('{ "requiredStages": ["Awareness", 2] }', 'requiredStages.1');
        expectRejected('{ "requiredStages": [""] }', 'requiredStages.0');
    });

    it('rejects a stage required twice', () => {
        expectRejected('{ "requiredStages": ["Awareness", "Awareness"] }', 'requiredStages');
    });

    it('keeps the config\'s own locale with its problem, when that value is valid, so that readers word it in that language', () => {
        expect(configError('{ "locale": "ru", "colour": "red" }')).toMatchObject({ key: 'colour', problem: { id: 'unknownKey' }, locale: 'ru' });
        expect(configError('{ "locale": "de" }').locale).toBeUndefined();
        expect(configError('{ "colour": "red" }').locale).toBeUndefined();
    });
});
