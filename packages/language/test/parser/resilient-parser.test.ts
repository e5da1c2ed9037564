import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, lint, rules } from '../fixtures.js';

describe('hostile input', () => {
    it('with thousands of broken members gives syntax errors without throwing', async () => {
        const text = `journey Broken {\n  stage S {\n${'    touchpoint "no name" via\n'.repeat(5000)}  }\n}\n`;
        const diagnostics = await lint(text);
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(new Set(rules(diagnostics))).toEqual(new Set(['syntax']));
    });

    it('does not disturb the next parse', async () => {
        await lint(`journey Broken { stage S { ${'touchpoint "x" '.repeat(5000)} } }`);
        expect(await lint(CLEAN_JOURNEY)).toEqual([]);
    });
});
