import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

// CLEAN_JOURNEY's evidence: reviewed 2026-10-01, measured 2026-09-30, answer date 2026-09-12.

describe('stale-evidence: evidence older than evidenceMaxAgeDays', () => {
    it('reports an answer date more than 365 days before today, at the date', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2025-11-22' });
        expect(findings(text, await lint(text, { today: '2026-11-23' }), 'stale-evidence')).toEqual(['2025-11-22']);
    });

    it('accepts evidence exactly 365 days old', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2025-11-23' });
        expect(await lint(text, { today: '2026-11-23' })).toEqual([]);
    });

    it('reports a metric `measured` and a journey `reviewed`', async () => {
        const text = edit(CLEAN_JOURNEY, { 'measured 2026-09-30': 'measured 2024-01-15', 'reviewed 2026-10-01': 'reviewed 2025-01-01' });
        expect(findings(text, await lint(text), 'stale-evidence')).toEqual(['2025-01-01', '2024-01-15']);
    });

    it('judges age against the given today, not the real date', async () => {
        expect(rules(await lint(CLEAN_JOURNEY, { today: '2027-09-13' }))).toEqual(['stale-evidence']);
        expect(rules(await lint(CLEAN_JOURNEY, { today: '2027-09-12' }))).toEqual([]);
    });

    it('uses evidenceMaxAgeDays from the config', async () => {
        const config = JSON.stringify({ evidenceMaxAgeDays: 30 });
        const diagnostics = await lint(CLEAN_JOURNEY, { today: '2026-10-20', config });
        // answer 2026-09-12 is 38 days old; measured 2026-09-30 is 20 and reviewed 2026-10-01 is 19.
        expect(findings(CLEAN_JOURNEY, diagnostics, 'stale-evidence')).toEqual(['2026-09-12']);
    });

    it('is a warning by default', async () => {
        const [diagnostic] = await lint(CLEAN_JOURNEY, { today: '2030-01-01' });
        expect(diagnostic.severity).toBe(2);
    });

    it('is quiet for fresh evidence', async () => {
        expect(await lint(CLEAN_JOURNEY, { today: '2026-11-23' })).toEqual([]);
    });
});

describe('future-date: evidence dated after today', () => {
    it('reports an answer dated a year ahead (a typo for this year), at the date, as an error that says how far ahead', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2027-10-30' });
        const diagnostics = await lint(text, { today: '2026-11-23' });
        expect(findings(text, diagnostics, 'future-date')).toEqual(['2027-10-30']);
        expect(diagnostics.map(({ message, severity }) => ({ message, severity }))).toEqual([
            { message: 'Answer dated 2027-10-30 is 341 days after today (2026-11-23): evidence cannot come from the future.', severity: 1 }
        ]);
    });

    it('reports a metric `measured` and a journey `reviewed` one day ahead, and not as stale', async () => {
        const text = edit(CLEAN_JOURNEY, { 'measured 2026-09-30': 'measured 2026-11-24', 'reviewed 2026-10-01': 'reviewed 2026-11-24' });
        const diagnostics = await lint(text, { today: '2026-11-23' });
        expect(rules(diagnostics)).toEqual(['future-date', 'future-date']);
        expect(diagnostics.map(({ message }) => message)).toContain('Measurement dated 2026-11-24 is 1 day after today (2026-11-23): evidence cannot come from the future.');
    });

    it('is quiet for evidence dated today, and judges against the given today', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2026-11-23' });
        expect(await lint(text, { today: '2026-11-23' })).toEqual([]);
        expect(rules(await lint(text, { today: '2026-11-22' }))).toEqual(['future-date']);
    });

    it('leaves a date that does not exist to invalid-date', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2027-02-30' });
        expect(rules(await lint(text, { today: '2026-11-23' }))).toEqual(['invalid-date']);
    });
});

describe('unanswered-question: a question with no answer', () => {
    it('reports the question, at its text', async () => {
        const text = edit(CLEAN_JOURNEY, { '    question': '    question "Would an onboarding call help?"\n    question' });
        expect(findings(text, await lint(text), 'unanswered-question')).toEqual(['"Would an onboarding call help?"']);
    });

    it('reports a question with an empty body', async () => {
        const text = edit(CLEAN_JOURNEY, { '    question': '    question "Would an onboarding call help?" { }\n    question' });
        expect(findings(text, await lint(text), 'unanswered-question')).toEqual(['"Would an onboarding call help?"']);
    });

    it('is quiet for a question with an answer', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('unanswered-question');
    });
});
