/**
 * The journey as JSON (cli.md): `{ "cjmVersion": 1, "journey": <the JourneyModel> }`.
 * The model sits under its own key, untouched, so that a consumer can read it as the
 * JourneyModel type and the version never collides with a model field. Keys come in the
 * order of the schema (json-schema.ts), two-space indent, one trailing newline: the same
 * model always gives the same bytes.
 */
import type { JourneyModel } from '../model/journey-model.js';
import { CJM_EXPORT_VERSION, EXPORT_SCHEMA, type JsonSchema } from './json-schema.js';

export function exportJson(model: JourneyModel): string {
    const document = { cjmVersion: CJM_EXPORT_VERSION, journey: model };
    return `${JSON.stringify(ordered(document, EXPORT_SCHEMA), null, 2)}\n`;
}

/**
 * A copy of `value` whose object keys follow the schema's `properties`. A key the schema
 * does not know goes last, so that validation against the schema reports it.
 */
function ordered(value: unknown, schema: JsonSchema): unknown {
    const resolved = schema.$ref === undefined ? schema : definition(schema.$ref);
    if (Array.isArray(value)) {
        return value.map(item => ordered(item, resolved.items ?? {}));
    }
    if (typeof value !== 'object' || value === null) {
        return value;
    }
    const properties = resolved.properties ?? {};
    const keys = [...Object.keys(properties), ...Object.keys(value).filter(key => !Object.hasOwn(properties, key)).sort()];
    const entries = keys.filter(key => Object.hasOwn(value, key)).map(key => [key, ordered((value as Record<string, unknown>)[key], properties[key] ?? {})]);
    return Object.fromEntries(entries);
}

function definition(ref: string): JsonSchema {
    return EXPORT_SCHEMA.definitions?.[ref.slice('#/definitions/'.length)] ?? {};
}
