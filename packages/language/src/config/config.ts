import type { Locale } from '../locale/locale.js';
import type { RuleId, SeveritySetting } from '../validation/rules.js';

/** The settings of one cjm.config.json, with defaults filled in. */
export interface CjmConfig {
    requiredStages: string[];
    evidenceMaxAgeDays: number;
    /** The language of everything cjm writes for people about a map (the picture, lint and editor messages); absent: the map's own (locale/). */
    locale?: Locale;
    rules: Partial<Record<RuleId, SeveritySetting>>;
}

export const DEFAULT_CONFIG: CjmConfig = Object.freeze({
    requiredStages: [],
    evidenceMaxAgeDays: 365,
    rules: {}
});

export const CONFIG_FILE_NAME = 'cjm.config.json';

/** A config file that cannot be used; the message names the file and the key. */
export class ConfigError extends Error {
    constructor(readonly file: string, readonly key: string | undefined, problem: string) {
        super(key ? `${file}: "${key}": ${problem}` : `${file}: ${problem}`);
        this.name = 'ConfigError';
    }
}
