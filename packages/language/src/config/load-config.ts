import { isRuleId } from '../validation/rules.js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LOCALES, type Locale } from '../locale/locale.js';
import { DEFAULT_CONFIG, type CjmConfig, type ConfigProblem } from './config.js';
import { configError } from './describe-config-error.js';
import { CONFIG_SCHEMA } from './schema.js';

/**
 * Compiled on first use: most runs have no config file, and compiling costs start-up time.
 * The schema is cjm's own (test/config/schema.test.ts checks it against the meta-schema), so
 * the run skips that check: it was half of the compile (25 ms of every lint with a config).
 */
let compiled: ValidateFunction | undefined;
function validateConfig(data: unknown): boolean {
    compiled ??= new Ajv({ allErrors: true, strict: true, validateSchema: false }).compile(CONFIG_SCHEMA);
    return compiled(data);
}

/** Parses and checks the text of a config file; `file` names it in errors. */
export function parseConfig(text: string, file: string): CjmConfig {
    let data: unknown;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw configError(file, undefined, { id: 'notJson', detail: (error as Error).message }, undefined);
    }
    if (!validateConfig(data)) {
        const [first] = compiled?.errors ?? [];
        throw configError(file, errorKey(first), errorProblem(first), ownLocale(data));
    }
    const config = data as Partial<CjmConfig>;
    return {
        requiredStages: config.requiredStages ?? DEFAULT_CONFIG.requiredStages,
        evidenceMaxAgeDays: config.evidenceMaxAgeDays ?? DEFAULT_CONFIG.evidenceMaxAgeDays,
        ...(config.locale === undefined ? {} : { locale: config.locale }),
        rules: config.rules ?? DEFAULT_CONFIG.rules
    };
}

function errorKey(error: ErrorObject | undefined): string | undefined {
    if (!error) {
        return undefined;
    }
    const path = error.instancePath.split('/').slice(1);
    if (error.keyword === 'additionalProperties') {
        path.push(String(error.params.additionalProperty));
    }
    return path.length > 0 ? path.join('.') : undefined;
}

/** The config's own `locale`, when that value is one cjm speaks: its problems are worded in it. */
function ownLocale(data: unknown): Locale | undefined {
    const locale = typeof data === 'object' && data !== null ? (data as { locale?: unknown }).locale : undefined;
    return LOCALES.find(known => known === locale);
}

function errorProblem(error: ErrorObject | undefined): ConfigProblem {
    switch (error?.keyword) {
        case 'additionalProperties':
            if (error.instancePath !== '/rules') {
                return { id: 'unknownKey' };
            }
            return { id: isRuleId(String(error.params.additionalProperty)) ? 'alwaysFails' : 'unknownRule' };
        case 'enum':
            return { id: 'oneOf', allowed: error.params.allowedValues as string[] };
        case 'type':
            return { id: 'type', type: String(error.params.type) };
        case 'minimum':
            return { id: 'minimum', limit: Number(error.params.limit) };
        case 'uniqueItems':
            return { id: 'notUnique' };
        case 'minLength':
            return { id: 'empty' };
        default:
            return { id: 'invalid' };
    }
}
