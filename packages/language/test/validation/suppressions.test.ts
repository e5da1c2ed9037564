import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, lintFiles, rules } from '../fixtures.js';

// Two barriers and a persona that lint with findings, for the suppressions to silence.
const NOISY = edit(CLEAN_JOURNEY, {
    '  reviewed 2026-10-01': '  reviewed 2026-10-01\n  persona Marketer',
    '    metric Visits': '    barrier Slow at Landing\n    barrier Confusing at Landing\n    metric Visits'
});

describe('// cjm-disable-next-line RULE, RULE', () => {
    it('starts from findings on the lines the suppressions will name', async () => {
        expect(rules(await lint(NOISY))).toEqual(['barrier-needs-mitigation', 'barrier-needs-mitigation', 'unused-persona']);
    });

    it('silences one rule on the next line only', async () => {
        const text = edit(NOISY, { '    barrier Slow': '    // cjm-disable-next-line barrier-needs-mitigation\n    barrier Slow' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'barrier-needs-mitigation')).toEqual(['Confusing']);
        expect(rules(diagnostics)).toEqual(['barrier-needs-mitigation', 'unused-persona']);
    });

    it('silences several rules named with commas', async () => {
        const text = edit(NOISY, {
            '  persona Marketer': '  // cjm-disable-next-line unused-persona, duplicate-name\n  persona Marketer\n  persona Marketer'
        });
        const diagnostics = await lint(text);
        // Line of the first Marketer: both of its findings are silenced; the second Marketer keeps its own.
        expect(findings(text, diagnostics, 'duplicate-name')).toEqual(['Marketer']);
        expect(findings(text, diagnostics, 'unused-persona')).toEqual(['Marketer']);
        expect(rules(diagnostics)).not.toContain('unused-suppression');
    });

    it('does not silence other rules on the next line', async () => {
        const text = edit(NOISY, { '    barrier Slow': '    // cjm-disable-next-line unused-persona\n    barrier Slow' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'barrier-needs-mitigation')).toEqual(['Slow', 'Confusing']);
        expect(findings(text, diagnostics, 'unused-persona')).toEqual(['Marketer']);
        expect(findings(text, diagnostics, 'unused-suppression')).toEqual(['// cjm-disable-next-line unused-persona']);
    });

    it('silences unresolved-reference, which Langium reports', async () => {
        const text = edit(CLEAN_JOURNEY, { '    touchpoint Landing': '    // cjm-disable-next-line unresolved-reference\n    touchpoint Landing', 'for Founder': 'for Founder, Investor' });
        expect(await lint(text)).toEqual([]);
    });

    it('works as a trailing comment for the line after it', async () => {
        const text = edit(NOISY, { '    barrier Slow at Landing': '    barrier Slow at Landing { mitigation "Cache" } // cjm-disable-next-line barrier-needs-mitigation' });
        expect(findings(text, await lint(text), 'barrier-needs-mitigation')).toEqual([]);
    });
});

describe('// cjm-disable RULE at the top of a file', () => {
    it('silences the rules in the whole file', async () => {
        const text = `// cjm-disable barrier-needs-mitigation, unused-persona\n${NOISY}`;
        expect(await lint(text)).toEqual([]);
    });

    it('may follow other comments, as long as no declaration comes before it', async () => {
        const text = `/* Onboarding map, owned by growth */\n// cjm-disable barrier-needs-mitigation\n${NOISY}`;
        expect(rules(await lint(text))).toEqual(['unused-persona']);
    });

    it('applies to its own file only', async () => {
        const [first, second] = await lintFiles({
            'first.cjm': '// cjm-disable unused-persona\npersona Quiet\n',
            'second.cjm': 'persona Loud\n'
        });
        expect(first.diagnostics).toEqual([]);
        expect(rules(second.diagnostics)).toEqual(['unused-persona']);
    });
});

describe('unused-suppression: a suppression comment that silences nothing', () => {
    it('reports a next-line suppression whose rule is not reported there, at the comment', async () => {
        const text = edit(CLEAN_JOURNEY, { '  stage Awareness': '  // cjm-disable-next-line empty-stage\n  stage Awareness' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'unused-suppression')).toEqual(['// cjm-disable-next-line empty-stage']);
        expect(rules(diagnostics)).toEqual(['unused-suppression']);
    });

    it('reports each rule of a suppression that silences nothing, and not the one that silences something', async () => {
        const text = edit(NOISY, { '    barrier Slow': '    // cjm-disable-next-line barrier-needs-mitigation, empty-stage\n    barrier Slow' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'unused-suppression')).toEqual(['// cjm-disable-next-line barrier-needs-mitigation, empty-stage']);
        expect(findings(text, diagnostics, 'barrier-needs-mitigation')).toEqual(['Confusing']);
    });

    it('reports an unknown rule id', async () => {
        const text = `// cjm-disable no-such-rule\n${CLEAN_JOURNEY}`;
        expect(findings(text, await lint(text), 'unused-suppression')).toEqual(['// cjm-disable no-such-rule']);
    });

    it('reports a suppression that names no rule', async () => {
        const text = edit(CLEAN_JOURNEY, { '  stage Awareness': '  // cjm-disable-next-line\n  stage Awareness' });
        expect(findings(text, await lint(text), 'unused-suppression')).toEqual(['// cjm-disable-next-line']);
    });

    it('reports a file-wide suppression placed after a declaration, and keeps the findings it meant to silence', async () => {
        const text = edit(NOISY, { 'channel Web': '// cjm-disable barrier-needs-mitigation\nchannel Web' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'unused-suppression')).toEqual(['// cjm-disable barrier-needs-mitigation']);
        expect(findings(text, diagnostics, 'barrier-needs-mitigation')).toEqual(['Slow', 'Confusing']);
    });

    it('reports a file-wide suppression at the top whose rule the file does not break', async () => {
        const text = `// cjm-disable stale-evidence\n${CLEAN_JOURNEY}`;
        expect(findings(text, await lint(text), 'unused-suppression')).toEqual(['// cjm-disable stale-evidence']);
    });

    it('is quiet for ordinary comments and for suppressions that silence something', async () => {
        const text = `// cjm is a linter for journey maps\n/* cjm-disable unused-persona */\n// cjm-disable barrier-needs-mitigation\n${edit(NOISY, {
            '  persona Marketer': '  // cjm-disable-next-line unused-persona\n  persona Marketer'
        })}`;
        expect(await lint(text)).toEqual([]);
    });
});
