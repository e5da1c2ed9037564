import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { RULE_IDS } from '../../src/index.js';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

// A journey with one warning (a barrier with no mitigation) and one error (emotion 3).
const TEXT = edit(CLEAN_JOURNEY, {
    'emotion 1': 'emotion 3',
    '    metric Visits': '    barrier Slow at Landing\n    metric Visits'
});

/** [rule, severity] of each diagnostic, sorted by rule: the order of diagnostics is no contract. */
function severities(diagnostics: ReadonlyArray<{ code?: number | string; severity?: number }>): Array<[string, number | undefined]> {
    return diagnostics.map(({ code, severity }): [string, number | undefined] => [String(code), severity]).sort(([a], [b]) => a.localeCompare(b));
}

function configWith(rulesSetting: Record<string, string>): string {
    return JSON.stringify({ rules: rulesSetting });
}

describe('the document validator', () => {
    it('gives every diagnostic a rule id from the registry as its code, and cjm as its source', async () => {
        const text = edit(TEXT, { 'for Founder': 'for Nobody', 'date 2026-09-12': 'date 2026-02-30' });
        const diagnostics = await lint(`// cjm-disable nothing-here\n${text}`);
        expect(rules(diagnostics)).toEqual(expect.arrayContaining(['unresolved-reference', 'invalid-date', 'emotion-range', 'unused-suppression']));
        for (const diagnostic of diagnostics) {
            expect(RULE_IDS).toContain(diagnostic.code);
            expect(diagnostic.source).toBe('cjm');
        }
    });

    it('uses the default severities of the rules', async () => {
        const diagnostics = await lint(TEXT);
        expect(severities(diagnostics)).toEqual([
            ['barrier-needs-mitigation', DiagnosticSeverity.Warning],
            ['emotion-range', DiagnosticSeverity.Error]
        ]);
    });
});

describe('config severities override the defaults', () => {
    it('"off" drops the rule', async () => {
        const diagnostics = await lint(TEXT, { config: configWith({ 'barrier-needs-mitigation': 'off' }) });
        expect(rules(diagnostics)).toEqual(['emotion-range']);
    });

    it('"info", "warning" and "error" set the severity', async () => {
        const diagnostics = await lint(TEXT, { config: configWith({ 'barrier-needs-mitigation': 'error', 'emotion-range': 'info' }) });
        expect(severities(diagnostics)).toEqual([
            ['barrier-needs-mitigation', DiagnosticSeverity.Error],
            ['emotion-range', DiagnosticSeverity.Information]
        ]);
        const warning = await lint(TEXT, { config: configWith({ 'emotion-range': 'warning' }) });
        expect(severities(warning)).toContainEqual(['emotion-range', DiagnosticSeverity.Warning]);
    });

    it('apply to syntax and unresolved-reference, which Langium itself reports', async () => {
        const text = edit(TEXT, { 'for Founder': 'for Nobody' });
        expect(rules(await lint(text, { config: configWith({ 'unresolved-reference': 'off' }) }))).not.toContain('unresolved-reference');
        const broken = await lint('persona "no name"', { config: configWith({ syntax: 'warning' }) });
        expect(severities(broken)).toEqual([['syntax', DiagnosticSeverity.Warning]]);
    });

    it('apply to unused-suppression', async () => {
        const text = `// cjm-disable stale-evidence\n${CLEAN_JOURNEY}`;
        expect(await lint(text, { config: configWith({ 'unused-suppression': 'off' }) })).toEqual([]);
        const [diagnostic] = await lint(text, { config: configWith({ 'unused-suppression': 'error' }) });
        expect(diagnostic.severity).toBe(DiagnosticSeverity.Error);
    });

    it('leave a suppression of a rule that is off with nothing to silence', async () => {
        const text = `// cjm-disable barrier-needs-mitigation\n${TEXT}`;
        const diagnostics = await lint(text, { config: configWith({ 'barrier-needs-mitigation': 'off' }) });
        expect(rules(diagnostics).sort()).toEqual(['emotion-range', 'unused-suppression']);
    });
});

describe('a document that does not parse', () => {
    it('gets only its syntax errors, not the semantic checks', async () => {
        // Without the syntax error this text would report emotion-range and barrier-needs-mitigation.
        const text = edit(TEXT, { '  problem': '  problem problem' });
        const diagnostics = await lint(text);
        expect(rules(diagnostics).every(rule => rule === 'syntax')).toBe(true);
        expect(findings(text, diagnostics, 'syntax').length).toBeGreaterThan(0);
    });

    it('still gets its unresolved references', async () => {
        const text = edit(TEXT, { 'for Founder': 'for Nobody', 'emotion 3': 'emotion ?' });
        expect(rules(await lint(text))).toEqual(expect.arrayContaining(['syntax', 'unresolved-reference']));
        expect(rules(await lint(text))).not.toContain('barrier-needs-mitigation');
    });

    it('does not report suppressions of the checks that did not run as unused', async () => {
        const text = `// cjm-disable barrier-needs-mitigation\n${edit(TEXT, { '  problem': '  problem problem' })}`;
        expect(rules(await lint(text)).every(rule => rule === 'syntax')).toBe(true);
    });

    it('still reports a suppression of syntax or unresolved-reference that silences nothing', async () => {
        const text = `// cjm-disable unresolved-reference\n${edit(TEXT, { '  problem': '  problem problem' })}`;
        expect(findings(text, await lint(text), 'unused-suppression')).toEqual(['// cjm-disable unresolved-reference']);
    });

    it('still honours suppressions of its syntax errors', async () => {
        const text = edit(TEXT, { '  problem': '  // cjm-disable-next-line syntax\n  problem problem' });
        expect(rules(await lint(text))).not.toContain('syntax');
    });
});

describe('messages that quote the map', () => {
    it('show a control character as an escape, for every reader (JSON, SARIF and the editor get this message)', async () => {
        const text = withUnits('"дн\u001b]0;PWNED\u0007ей"');
        const [diagnostic] = (await lint(text)).filter(found => found.code === 'metric-unit-mismatch');
        expect(diagnostic.message).toContain('дн\\x1b]0;PWNED\\x07ей');
        expect(diagnostic.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    });

    it('stay on one line when the quoted text holds a line break', async () => {
        const text = withUnits('"дн\rей"');
        const [diagnostic] = (await lint(text)).filter(found => found.code === 'metric-unit-mismatch');
        expect(diagnostic.message).toContain('дн\\x0dей');
    });
});

describe('one line convention, the LSP\'s, for messages and ranges', () => {
    it('a lone CR ends a line in the place a message names and in the range alike', async () => {
        // The CR inside the persona's title makes the journey start on line 3 for the LSP (LF, CRLF and CR end lines).
        const text = 'persona P "a\rb"\njourney J "t" {\n  stage S "x" {\n';
        const [diagnostic] = await lint(text);
        expect(diagnostic.message).toBe('`stage S` opened at 4:3 is not closed.');
        expect(diagnostic.range.start).toEqual({ line: 3, character: 15 });
    });
});

/** The clean journey with a target in `unit` against a baseline and actual without one. */
function withUnits(unit: string): string {
    return edit(CLEAN_JOURNEY, { 'baseline 100 target 200 actual 150': `baseline 100 target 200 ${unit} actual 150` });
}
