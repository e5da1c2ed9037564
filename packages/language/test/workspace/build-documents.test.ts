/**
 * Building maps in process, as `cjm lint` and `cjm render` do, keeps nothing once the
 * services are dropped: a workspace server or a long-lived tool lints for days. Measured in
 * a process of its own with `--expose-gc`, on the built package (out/), as the heap left
 * after many builds and a full garbage collection.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../fixtures.js';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WARM_UP = 60;
const BUILDS = 240;
/** A leak of the size issue 25 found (about 60 KB a build) shows as 14 MB; the compiler's own growth stays well under this. */
const BOUND_PER_BUILD = 16 * 1024;

/** The heap growth per build of the example map, over BUILDS builds after WARM_UP, each with services of its own. */
function retainedPerBuild(): number {
    const out = (file: string): string => pathToFileURL(path.join(PACKAGE, 'out', file)).href;
    const script = `
        import { readFileSync } from 'node:fs';
        import { EmptyFileSystem } from 'langium';
        const { createCjmServices } = await import(${JSON.stringify(out('cjm-module.js'))});
        const { buildDocuments } = await import(${JSON.stringify(out('workspace/build-documents.js'))});
        const file = ${JSON.stringify(path.join(EXAMPLES, 'b2b-saas-purchase.cjm'))};
        const text = readFileSync(file, 'utf8');
        const build = async () => {
            const built = await buildDocuments(createCjmServices({ ...EmptyFileSystem }), [{ path: file, text }]);
            if (built[0].diagnostics.length !== 0) throw new Error('the example is not clean');
        };
        const heap = async () => {
            for (let i = 0; i < 3; i++) { globalThis.gc(); await new Promise(resolve => setTimeout(resolve, 5)); }
            return process.memoryUsage().heapUsed;
        };
        for (let i = 0; i < ${WARM_UP}; i++) await build();
        const before = await heap();
        for (let i = 0; i < ${BUILDS}; i++) await build();
        process.stdout.write(String(((await heap()) - before) / ${BUILDS}));
    `;
    return Number(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: PACKAGE, encoding: 'utf8' }));
}

describe('building documents in process', () => {
    it('keeps nothing per build once its services are gone', () => {
        const perBuild = retainedPerBuild();
        expect(Number.isFinite(perBuild)).toBe(true);
        expect(perBuild).toBeLessThan(BOUND_PER_BUILD);
    }, 120_000);
});
