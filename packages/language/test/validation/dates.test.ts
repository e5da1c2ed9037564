import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

describe('invalid-date: a date that is not a real calendar date', () => {
    it('reports 2026-02-30 in an answer date, at the date', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2026-02-30' });
        expect(findings(text, await lint(text), 'invalid-date')).toEqual(['2026-02-30']);
    });

    it('reports a metric `measured` and a journey `reviewed` that do not exist', async () => {
        const text = edit(CLEAN_JOURNEY, { 'measured 2026-09-30': 'measured 2026-13-01', 'reviewed 2026-10-01': 'reviewed 2026-04-31' });
        expect(findings(text, await lint(text), 'invalid-date')).toEqual(['2026-04-31', '2026-13-01']);
    });

    it('reports 29 February of a year that is not a leap year, and day 00', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2025-02-29', 'measured 2026-09-30': 'measured 2026-09-00' });
        expect(findings(text, await lint(text), 'invalid-date')).toEqual(['2026-09-00', '2025-02-29']);
    });

    it('accepts 29 February of a leap year', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 2024-02-29' });
        // 2024-02-29 is real; at 2026-11-23 it is only too old to be fresh evidence.
        expect(rules(await lint(text))).toEqual(['stale-evidence']);
    });

    it('does not also report an impossible date as stale', async () => {
        const text = edit(CLEAN_JOURNEY, { 'date 2026-09-12': 'date 1999-02-30' });
        expect(rules(await lint(text))).toEqual(['invalid-date']);
    });
});
