/**
 * Loads elkjs's bundled build in Node, synchronously, as CommonJS (an ESM `import()` of
 * it costs about 100 ms more: the CommonJS lexer scans its 1.6 MB there). A bundle that
 * carries no node_modules (the editor extension's language server) finds the file copied
 * beside it instead.
 * The file is compiled through a V8 code cache kept in the temporary folder, written once
 * after the first layout so that it holds the functions that layout compiled: a `cjm
 * render` process then starts ELK about 150 ms of CPU sooner. A cache from another Node
 * or elkjs build is rejected by V8 and written anew; any failure only costs that time.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { ElkEngine, ElkNode } from '../diagram/elk-engine.js';

/** The copy beside a bundle ends in .cjs: in a `"type": "module"` package a .js file would load as ESM. */
const BESIDE = 'elk.bundled.cjs';

/** A fresh engine; the caller keeps it for as long as it draws. */
export function loadElk(): ElkEngine {
    const require = createRequire(import.meta.url);
    const beside = fileURLToPath(new URL(`./${BESIDE}`, import.meta.url));
    const file = existsSync(beside) ? beside : require.resolve('elkjs/lib/elk.bundled.js');
    const source = readFileSync(file, 'utf8');
    const cacheFile = join(tmpdir(), `cjm-elk-${process.version}-${hash(require, source)}.v8cache`);
    const cachedData = readCache(cacheFile);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    const module = { exports: {} as unknown };
    // Called as CommonJS calls a module: `this` is its exports (the build reads it at the top).
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
    const engine = new (module.exports as new () => ElkEngine)();
    let save = cachedData === undefined || script.cachedDataRejected === true;
    return {
        async layout(graph: ElkNode): Promise<ElkNode> {
            const result = await engine.layout(graph);
            if (save) {
                save = false;
                writeCache(cacheFile, script.createCachedData());
            }
            return result;
        }
    };
}

/**
 * A new elkjs build gets a new cache file. Node's crypto is loaded here, not with this module:
 * every command loads this module, and crypto cost one that draws nothing some 5-10 ms.
 */
function hash(require: NodeJS.Require, text: string): string {
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function readCache(file: string): Buffer | undefined {
    try {
        return readFileSync(file);
    } catch {
        return undefined;
    }
}

/** Written under a unique name and renamed, so a reader never sees half a file. */
function writeCache(file: string, data: Buffer): void {
    const partial = `${file}.${process.pid}`;
    try {
        writeFileSync(partial, data);
        renameSync(partial, file);
    } catch {
        // A cache that cannot be written is only a slower start next time.
    }
}
