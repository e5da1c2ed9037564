import { isRuleId } from '../validation/rules.js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigError, DEFAULT_CONFIG, type CjmConfig } from './config.js';
import { CONFIG_SCHEMA } from './schema.js';

/** Compiled on first use: most runs have no config file, and compiling costs start-up time. */
let compiled: ValidateFunction | undefined;
function validateConfig(data: unknown): boolean {
    compiled ??= new Ajv({ allErrors: true, strict: true }).compile(CONFIG_SCHEMA);
    return compiled(data);
}

/** Parses and checks the text of a config file; `file` names it in errors. */
export function parseConfig(text: string, file: string): CjmConfig {
    let data: unknown;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new ConfigError(file, undefined, `not valid JSON (${(error as Error).message})`);
    }
    if (!validateConfig(data)) {
        const [first] = compiled?.errors ?? [];
        throw new ConfigError(file, errorKey(first), errorProblem(first));
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

function errorProblem(error: ErrorObject | undefined): string {
    switch (error?.keyword) {
        case 'additionalProperties':
            if (error.instancePath !== '/rules') {
                return 'unknown key';
            }
            return isRuleId(String(error.params.additionalProperty)) ? 'cannot be configured: it always fails the lint' : 'unknown rule id';
        case 'enum':
            return `must be one of ${(error.params.allowedValues as string[]).map(value => `"${value}"`).join(', ')}`;
        case undefined:
            return 'invalid';
        default:
            return error?.message ?? 'invalid';
    }
}
