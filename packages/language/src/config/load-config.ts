import { isRuleId } from '../validation/rules.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LOCALES, type Locale } from '../locale/locale.js';
import { DEFAULT_CONFIG, type CjmConfig, type ConfigProblem } from './config.js';
import { validate } from './config-validator.generated.js';
import { configError } from './describe-config-error.js';

/**
 * Ajv's code for the schema, written at build time (scripts/write-config-validator.mjs), so
 * that no run loads Ajv or compiles the schema; it sets `errors` as a compiled function does.
 */
const validateConfig = validate as ValidateFunction;

/** Parses and checks the text of a config file; `file` names it in errors. */
export function parseConfig(text: string, file: string): CjmConfig {
    let data: unknown;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw configError(file, undefined, { id: 'notJson', detail: (error as Error).message }, undefined);
    }
    if (!validateConfig(data)) {
        const [first] = validateConfig.errors ?? [];
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
