/**
 * How a config problem is worded: in the config's own `locale` when it is valid, else in
 * the reader's fallback (the CLI's --locale, the editor's language), else English; the
 * file, the key and the values stay verbatim.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfigError, parseConfig } from '../../src/index.js';

function configError(text: string): ConfigError {
    try {
        parseConfig(text, 'cjm.config.json');
    } catch (error) {
        if (error instanceof ConfigError) {
            return error;
        }
        throw error;
    }
    throw new Error(`parseConfig accepted ${text}`);
}

describe('describeConfigError', () => {
    it('speaks the config\'s own locale, whatever the fallback', () => {
        const error = configError('{ "locale": "ru", "colour": "red" }');
        expect(describeConfigError(error, 'en', 'cjm.config.json')).toBe('cjm.config.json: `colour`: неизвестный ключ.');
        expect(describeConfigError(configError('{ "locale": "en", "colour": "red" }'), 'ru', 'cjm.config.json')).toBe('cjm.config.json: `colour`: unknown key.');
    });

    it('falls back on the reader\'s language when the config has no valid locale, else on English', () => {
        expect(describeConfigError(configError('{ "rules": { "no-such-rule": "off" } }'), 'ru', 'cjm.config.json')).toBe('cjm.config.json: `rules.no-such-rule`: неизвестное правило.');
        expect(describeConfigError(configError('{ "locale": "de" }'), undefined, 'cjm.config.json')).toBe('cjm.config.json: `locale`: must be one of `en`, `ru`.');
        expect(describeConfigError(configError('{ "evidenceMaxAgeDays": 0 }'), 'ru', 'cjm.config.json')).toBe('cjm.config.json: `evidenceMaxAgeDays`: наименьшее допустимое значение: 1.');
    });

    it('names the file as the reader shows it, or not at all', () => {
        const error = configError('{ "requiredStages": "Awareness" }');
        expect(describeConfigError(error, 'en', 'maps/cjm.config.json')).toBe('maps/cjm.config.json: `requiredStages`: must be of type `array`.');
        expect(describeConfigError(error, 'en', undefined)).toBe('`requiredStages`: must be of type `array`.');
    });
});
