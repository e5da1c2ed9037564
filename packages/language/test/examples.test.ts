import { describe, expect, it } from 'vitest';
import { EXAMPLES, filesUnder, lintPaths } from './fixtures.js';

// The README promises `cjm lint examples --today 2026-11-23` reports nothing: the examples
// folder is one workspace, and examples/workspace/ has its own cjm.config.json.

describe('the examples', () => {
    const files = filesUnder(EXAMPLES, '.cjm');

    it('exist', () => {
        expect(files.length).toBeGreaterThan(0);
    });

    it('lint as one workspace with no diagnostic at 2026-11-23, each file under its nearest config', async () => {
        const documents = await lintPaths(files, { today: '2026-11-23' });
        const found = documents.flatMap(({ path, diagnostics }) => diagnostics.map(({ code, range, message }) =>
            `${path.slice(EXAMPLES.length + 1)}:${range.start.line + 1}:${range.start.character + 1} ${code} ${message}`));
        expect(found).toEqual([]);
    });
});
