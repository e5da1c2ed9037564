import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

const VISITS = 'baseline 100 target 200 actual 150';

function withValues(values: string): string {
    return edit(CLEAN_JOURNEY, { [VISITS]: values });
}

describe('metric-needs-target: a metric with no target', () => {
    it('reports the metric, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { '    question': '    metric Bounce "Bounce rate" { baseline 60% actual 55% }\n    question' });
        expect(findings(text, await lint(text), 'metric-needs-target')).toEqual(['Bounce']);
    });

    it('reports an empty metric', async () => {
        const text = edit(CLEAN_JOURNEY, { '    question': '    metric Bounce { }\n    question' });
        expect(findings(text, await lint(text), 'metric-needs-target')).toEqual(['Bounce']);
    });

    it('is quiet for a metric with a target', async () => {
        expect(rules(await lint(withValues('target 200')))).toEqual([]);
    });
});

describe('metric-unit-mismatch: baseline, target and actual of one metric use different units', () => {
    it('reports a baseline in % against a target in "sec", at the unit', async () => {
        const text = withValues('baseline 40% target 30 "sec"');
        expect(findings(text, await lint(text), 'metric-unit-mismatch')).toEqual(['%']);
    });

    it('reports a plain actual against a target in %, at the number', async () => {
        const text = withValues('baseline 18% target 35% actual 21');
        expect(findings(text, await lint(text), 'metric-unit-mismatch')).toEqual(['21']);
    });

    it('reports a unit string against plain numbers, at the unit string', async () => {
        const text = withValues('baseline 100 target 200 actual 150 "visits"');
        expect(findings(text, await lint(text), 'metric-unit-mismatch')).toEqual(['"visits"']);
    });

    it('compares each value with the target: % vs "sec" vs plain gives two findings', async () => {
        const text = withValues('baseline 40% target 30 "sec" actual 25');
        expect(findings(text, await lint(text), 'metric-unit-mismatch')).toEqual(['%', '25']);
    });

    it('compares unit strings exactly', async () => {
        const text = withValues('baseline 40 "sec" target 30 "s"');
        expect(findings(text, await lint(text), 'metric-unit-mismatch')).toEqual(['"sec"']);
    });

    it('is quiet when all values share a unit: all %, all "sec", or all plain', async () => {
        for (const values of ['baseline 18% target 35% actual 21%', 'baseline 40 "sec" target 30 "sec" actual 35 "sec"', VISITS, 'target 30 "sec"']) {
            expect(rules(await lint(withValues(values)))).toEqual([]);
        }
    });
});
