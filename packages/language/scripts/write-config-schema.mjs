// Writes the config JSON Schema, derived from the rule registry, next to package.json.
import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../out/config/schema.js';

writeFileSync(new URL('../cjm.config.schema.json', import.meta.url), `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
