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

/** What is wrong with a config file or one of its keys, as the message tables word it (locale/config-words.ts). */
export type ConfigProblem =
    | { readonly id: 'notJson'; readonly detail: string }
    | { readonly id: 'unknownKey' | 'unknownRule' | 'alwaysFails' | 'notUnique' | 'empty' | 'invalid' }
    | { readonly id: 'oneOf'; readonly allowed: readonly string[] }
    | { readonly id: 'type'; readonly type: string }
    | { readonly id: 'minimum'; readonly limit: number };

/**
 * A config file that cannot be used: the file, the key (a dotted path) and the problem,
 * kept apart so that each reader words them in its own language (describeConfigError).
 * `locale` is the config's own `locale` when that value is valid. The message is English.
 */
export class ConfigError extends Error {
    constructor(readonly file: string, readonly key: string | undefined, readonly problem: ConfigProblem, readonly locale: Locale | undefined, message: string) {
        super(message);
        this.name = 'ConfigError';
    }
}
