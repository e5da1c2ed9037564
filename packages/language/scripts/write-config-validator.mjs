// Writes the config's validating function as source (Ajv's standalone code), so that no run
// loads Ajv (a fifth of the CLI's bundle) or compiles the schema (some 25 ms of every lint
// with a config). Same options as a compile at run time would take, so the same errors.
// Runs before tsc: the schema, derived from the rule registry, is bundled from its source.
import { writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import ajvPackage from 'ajv/package.json' with { type: 'json' };
import { build } from 'esbuild';

const SOURCE = 'src/config/schema.ts';
const OUT = 'src/config/config-validator.generated.ts';
// Ajv's code requires this helper (string length in code points, for minLength) by CommonJS;
// the module gets it as a function of its own instead.
const RUNTIME_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';

const bundled = await build({ entryPoints: [SOURCE], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
const { CONFIG_SCHEMA } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const ajv = new Ajv({ allErrors: true, strict: true, validateSchema: false, code: { source: true, esm: true } });
const code = standalone.default(ajv, ajv.compile(CONFIG_SCHEMA));
const leftover = code.replaceAll(RUNTIME_REQUIRE, '').match(/require\([^)]*\)/);
if (leftover) {
    throw new Error(`write-config-validator: Ajv's code needs ${leftover[0]}; give the module that function too`);
}
writeFileSync(OUT, [
    `// Written by scripts/write-config-validator.mjs from ${SOURCE} (Ajv ${ajvPackage.version}); never edited by hand.`,
    '// @ts-nocheck',
    `const ucs2length = ${ucs2length.default.toString()};`,
    code.replace(/^"use strict";/, '').replaceAll(RUNTIME_REQUIRE, 'ucs2length'),
    ''
].join('\n'));
