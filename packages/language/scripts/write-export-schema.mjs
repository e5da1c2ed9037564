// Writes the JSON Schema of `cjm export --format json` next to package.json, from the TS source.
import { writeFileSync } from 'node:fs';
import { EXPORT_SCHEMA } from '../out/export/json-schema.js';

writeFileSync(new URL('../cjm.export.schema.json', import.meta.url), `${JSON.stringify(EXPORT_SCHEMA, null, 2)}\n`);
