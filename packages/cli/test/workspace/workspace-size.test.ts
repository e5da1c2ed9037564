import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

// A workspace too large for the memory cjm has stops at once with a message that says what
// to do, instead of running for minutes and dying out of memory.

describe('a workspace too large to hold', () => {
    it.concurrent('stops lint and render of one of its maps with exit 2 and a clear message', async () => {
        const stage = Array.from({ length: 40_000 }, (_, i) => `    touchpoint T${i} "Step ${i}"\n`).join('');
        const root = makeWorkspace({ 'big.cjm': `journey J "t" {\n  stage S {\n${stage}  }\n}\n`, 'small.cjm': 'journey K "k" {\n}\n' });
        // A 128 MB heap has room for about half a megabyte of maps; the workspace holds more than one.
        const env = { NODE_OPTIONS: '--max-old-space-size=128' };
        for (const command of ['lint', 'render']) {
            const { code, stdout, stderr } = await runCli([command, 'small.cjm'], { cwd: root, env });
            expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
            expect(stderr).toMatch(/^cjm: the workspace of small\.cjm holds 1\.\d MB of maps in 2 files; cjm can check about 0\.\d MB at once in this much memory\. .*NODE_OPTIONS=--max-old-space-size=8192\)\n$/);
        }
    });
});
