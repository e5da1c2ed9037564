import { describe, expect, it } from 'vitest';
import { ast } from '../../src/index.js';
import { CLEAN_JOURNEY, edit, findings, lint, lintDocument, rules } from '../fixtures.js';

const UNUSED = 'persona Founder "Founder"\nchannel Web "Website" online\n';

describe('line ends and the byte order mark', () => {
    it('parses CRLF text with a BOM clean', async () => {
        const text = `\uFEFF${CLEAN_JOURNEY.replace(/\n/g, '\r\n')}`;
        expect(await lint(text)).toEqual([]);
    });

    it('reports positions as without the BOM, on the first line too', async () => {
        const plain = await lint(UNUSED);
        const crlfWithBom = await lint(`\uFEFF${UNUSED.replace(/\n/g, '\r\n')}`);
        expect(crlfWithBom.map(diagnostic => diagnostic.range)).toEqual(plain.map(diagnostic => diagnostic.range));
        expect(plain.map(diagnostic => diagnostic.range.start)).toEqual([{ line: 0, character: 8 }, { line: 1, character: 8 }]);
    });

    it('points at the right text in a CRLF file', async () => {
        const text = `\uFEFF${edit(CLEAN_JOURNEY, { 'emotion 1': 'emotion 3' }).replace(/\n/g, '\r\n')}`;
        expect(findings(text, await lint(text), 'emotion-range')).toEqual(['3']);
    });
});

describe('comments', () => {
    it('may be line or block comments, anywhere between tokens', async () => {
        const text = edit(CLEAN_JOURNEY, {
            'journey Onboarding "SaaS onboarding" {': '/* the main map,\n   reviewed monthly */\njourney /* inline */ Onboarding "SaaS onboarding" { // trailing',
            '{ emotion 1 }': '{ emotion /* mildly positive */ 1 }'
        });
        expect(await lint(text)).toEqual([]);
    });
});

describe('strings', () => {
    async function personaTitle(literal: string): Promise<string | undefined> {
        const { document, diagnostics } = await lintDocument(`persona P ${literal}`);
        expect(rules(diagnostics)).toEqual(['unused-persona']);
        return (document.parseResult.value.elements[0] as ast.Persona).title;
    }

    it('convert the escapes \\" \\\\ and \\n to their characters', async () => {
        expect(await personaTitle(String.raw`"She said \"hi\""`)).toBe('She said "hi"');
        expect(await personaTitle(String.raw`"C:\\maps"`)).toBe('C:\\maps');
        expect(await personaTitle(String.raw`"line one\nline two"`)).toBe('line one\nline two');
    });

    it('hold any Unicode', async () => {
        expect(await personaTitle('"Студентка, 19 лет — 学生 🎓"')).toBe('Студентка, 19 лет — 学生 🎓');
    });

    it('report an unterminated string as a syntax error without throwing', async () => {
        const text = 'persona P "never closed\npersona Q\n';
        const diagnostics = await lint(text);
        expect(rules(diagnostics)).toContain('syntax');
        expect(diagnostics[0].range.start).toEqual({ line: 0, character: 10 });
    });
});

describe('numbers', () => {
    async function metricValues(values: string): Promise<Array<{ value: number; percent: boolean; unit?: string }>> {
        const { document, diagnostics } = await lintDocument(edit(CLEAN_JOURNEY, { 'baseline 100 target 200 actual 150': values }));
        expect(rules(diagnostics)).not.toContain('syntax');
        const metric = document.parseResult.value.elements.filter(ast.isJourney)[0].stages[0].metrics[0];
        return [metric.baseline, metric.target, metric.actual].filter(value => value !== undefined)
            .map(({ value, percent, unit }) => unit === undefined ? { value, percent } : { value, percent, unit });
    }

    it('may have a sign and decimals', async () => {
        expect(await metricValues('baseline -3 target +2 actual 4.5')).toEqual([
            { value: -3, percent: false }, { value: 2, percent: false }, { value: 4.5, percent: false }
        ]);
    });

    it('may be followed by % (also after a space) or by a unit string', async () => {
        expect(await metricValues('baseline 1.2% target 3 % actual 30 "sec"')).toEqual([
            { value: 1.2, percent: true }, { value: 3, percent: true }, { value: 30, percent: false, unit: 'sec' }
        ]);
    });

    it('parse the emotion as a number', async () => {
        const { document } = await lintDocument(edit(CLEAN_JOURNEY, { 'emotion 1': 'emotion -2' }));
        expect(document.parseResult.value.elements.filter(ast.isJourney)[0].stages[0].touchpoints[0].emotions[0].value).toBe(-2);
    });
});

describe('dates', () => {
    it('are one token, kept as text', async () => {
        const { document, diagnostics } = await lintDocument(CLEAN_JOURNEY);
        expect(diagnostics).toEqual([]);
        expect(document.parseResult.value.elements.filter(ast.isJourney)[0].reviewed).toBe('2026-10-01');
    });

    it('are not numbers: a date where a number belongs is a syntax error, and so is a number where a date belongs', async () => {
        const dateAsNumber = edit(CLEAN_JOURNEY, { 'baseline 100': 'baseline 2026-09-30' });
        expect(findings(dateAsNumber, await lint(dateAsNumber), 'syntax')[0]).toBe('2026-09-30');
        const numberAsDate = edit(CLEAN_JOURNEY, { 'reviewed 2026-10-01': 'reviewed 2026' });
        expect(rules(await lint(numberAsDate))).toContain('syntax');
    });

    it('leave four-digit numbers alone (sample 2026, target 2026)', async () => {
        const text = edit(CLEAN_JOURNEY, { 'target 200': 'target 2026', 'date 2026-09-12': 'date 2026-09-12 sample 2026' });
        expect(await lint(text)).toEqual([]);
    });
});

describe('deeply nested braces', () => {
    it('give syntax errors without throwing', async () => {
        const text = `journey Deep {\n${'stage S {\n'.repeat(200)}${'}\n'.repeat(201)}`;
        const diagnostics = await lint(text);
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(new Set(rules(diagnostics))).toEqual(new Set(['syntax']));
    });

    it('of stray blocks give syntax errors without throwing', async () => {
        const text = `journey Deep ${'{'.repeat(500)}${'}'.repeat(500)}`;
        expect(new Set(rules(await lint(text)))).toEqual(new Set(['syntax']));
    });
});
