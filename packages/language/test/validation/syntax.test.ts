import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

describe('syntax: text that does not parse', () => {
    it('reports a token the grammar does not expect there, at the token', async () => {
        const text = edit(CLEAN_JOURNEY, { 'emotion 1': 'emotion high' });
        const diagnostics = await lint(text);
        // The parser recovers and may report follow-on errors; the first is the one that matters.
        expect(findings(text, diagnostics, 'syntax')[0]).toBe('high');
        expect(diagnostics[0].severity).toBe(1);
    });

    it('reports a character no token starts with', async () => {
        const text = edit(CLEAN_JOURNEY, { 'emotion 1': 'emotion 1 #' });
        expect(findings(text, await lint(text), 'syntax')).toContain('#');
    });

    it('reports a missing closing brace', async () => {
        const text = CLEAN_JOURNEY.trimEnd().slice(0, -1);
        expect(rules(await lint(text))).toContain('syntax');
    });

    it('reports a lower-case keyword used as a name', async () => {
        expect(rules(await lint('persona journey'))).toContain('syntax');
    });

    it('reports an attribute that may appear once, at its repeat', async () => {
        const text = edit(CLEAN_JOURNEY, { '  target Founder': '  target Founder\n  objective "Another objective"' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'syntax')).toEqual(['objective']);
        expect(diagnostics.map(diagnostic => diagnostic.range.start.line)).toEqual([7]);
    });

    it('reports repeats in a stage, a touchpoint and a metric, and still runs the other checks', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '  stage Awareness "Awareness" {': '  stage Awareness "Awareness" {\n    owner "a" owner "b"',
            '{ emotion 1 }': '{ emotion 1 description "a" description "b" }',
            'actual 150': 'actual 150 actual 160',
            '    metric Visits': '    barrier Slow\n    metric Visits'
        });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'syntax')).toEqual(['owner', 'description', 'actual']);
        expect(findings(text, diagnostics, 'barrier-needs-mitigation')).toEqual(['Slow']);
    });

    it('accepts repeats of attributes that may repeat', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '{ emotion 1 }': '{ emotion 1 action "Reads" action "Scrolls" thought "Hm" thought "Ok" }',
            'persona Founder "Early-stage founder"': 'persona Founder "Early-stage founder" { goal "a" goal "b" quote "c" }'
        });
        expect(await lint(text)).toEqual([]);
    });

    it('is quiet for the clean journey', async () => {
        expect(await lint(CLEAN_JOURNEY)).toEqual([]);
    });
});
