/**
 * Loads elkjs's bundled build in Node, synchronously: `createRequire` reads it as CommonJS,
 * which costs about 100 ms less than an ESM `import()` of the same file (the CommonJS
 * lexer scans its 1.6 MB there). A bundle that carries no node_modules (the editor
 * extension's language server) finds the file copied beside it instead.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ElkEngine } from './elk-engine.js';

/** The copy beside a bundle ends in .cjs: in a `"type": "module"` package a .js file would load as ESM. */
const BESIDE = 'elk.bundled.cjs';

/** A fresh engine; the caller keeps it for as long as it draws. */
export function loadElk(): ElkEngine {
    const require = createRequire(import.meta.url);
    const beside = fileURLToPath(new URL(`./${BESIDE}`, import.meta.url));
    const ELK = require(existsSync(beside) ? beside : 'elkjs/lib/elk.bundled.js') as new () => ElkEngine;
    return new ELK();
}
