import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, journeyModel, lint, rules } from '../fixtures.js';

const HUGE = '9'.repeat(400);

describe('invalid-number: a number cjm cannot use as written', () => {
    it('reports an emotion, a metric value and a sample of 400 digits, each at the number', async () => {
        const text = edit(CLEAN_JOURNEY, { 'emotion 1': `emotion ${HUGE}`, 'target 200': `target ${HUGE}`, 'date 2026-09-12': `date 2026-09-12 sample ${HUGE}` });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'invalid-number')).toEqual([HUGE, HUGE, HUGE]);
        expect(diagnostics.find(diagnostic => diagnostic.code === 'invalid-number')?.message).toBe('This number has too many digits to be read (cjm takes numbers up to 1e15 in size).');
        // One error for one cause: the emotion is not also out of range.
        expect(rules(diagnostics)).not.toContain('emotion-range');
    });

    it('reports a finite number past 1e15, which a double no longer keeps exactly', async () => {
        const text = edit(CLEAN_JOURNEY, { 'target 200': 'target 12345678901234567' });
        expect(findings(text, await lint(text), 'invalid-number')).toEqual(['12345678901234567']);
    });

    it('is quiet up to 1e15, in both directions and with decimals', async () => {
        const text = edit(CLEAN_JOURNEY, { 'baseline 100 target 200 actual 150': 'baseline -1000000000000000 target 1000000000000000 actual 0.5' });
        expect(rules(await lint(text))).not.toContain('invalid-number');
    });

    it('leaves the number out of the model, so nothing downstream reads Infinity', async () => {
        const text = edit(CLEAN_JOURNEY, { 'emotion 1': `emotion ${HUGE}`, 'target 200': `target ${HUGE}` });
        const model = await journeyModel(text, 'Onboarding');
        const touchpoints = model.stages.flatMap(stage => stage.touchpoints);
        expect(touchpoints.map(touchpoint => touchpoint.emotion)).not.toContain(Infinity);
        const metric = model.stages.flatMap(stage => stage.metrics).find(candidate => candidate.name === 'Visits');
        expect(metric?.target).toBeUndefined();
        expect(JSON.stringify(model)).not.toMatch(/Infinity|null/);
    });
});
