import { describe, expect, it } from 'vitest';
import { isMet, resolveDirection, unitsAgree } from '../../src/model/metric.js';
import { CLEAN_JOURNEY, edit, journeyModel } from '../fixtures.js';

async function metricOf(values: string) {
    const model = await journeyModel(edit(CLEAN_JOURNEY, { 'baseline 100 target 200 actual 150': values }), 'Onboarding');
    return model.stages[0].metrics[0];
}

describe('metric direction', () => {
    it('is the declared one when given', async () => {
        expect((await metricOf('baseline 10 target 20 direction down')).direction).toBe('down');
        expect(resolveDirection('up', { value: 20 }, { value: 10 })).toBe('up');
    });

    it('is down when the target is below the baseline, up when above', async () => {
        expect((await metricOf('baseline 30 "sec" target 20 "sec"')).direction).toBe('down');
        expect((await metricOf('baseline 18% target 35%')).direction).toBe('up');
    });

    it('is up without a baseline, without a target, or when they are equal', async () => {
        expect((await metricOf('target 5')).direction).toBe('up');
        expect((await metricOf('baseline 5')).direction).toBe('up');
        expect(resolveDirection(undefined, { value: 5 }, { value: 5 })).toBe('up');
    });
});

describe('whether a metric is met', () => {
    it('compares actual with target in the direction: up needs actual >= target', async () => {
        expect((await metricOf('target 200 actual 150')).met).toBe(false);
        expect((await metricOf('target 200 actual 200')).met).toBe(true);
        expect((await metricOf('target 200 actual 250')).met).toBe(true);
    });

    it('down needs actual <= target', async () => {
        expect((await metricOf('baseline 30 "sec" target 20 "sec" actual 18 "sec"')).met).toBe(true);
        expect((await metricOf('baseline 30 "sec" target 20 "sec" actual 25 "sec"')).met).toBe(false);
        expect((await metricOf('target 3 actual 5 direction down')).met).toBe(false);
    });

    it('is absent without a target or an actual', async () => {
        const metric = await metricOf('baseline 18% target 35%');
        expect(metric.met).toBeUndefined();
        expect('met' in metric).toBe(false);
        expect(isMet('up', undefined, { value: 1 })).toBeUndefined();
    });
});

describe('metric values and units', () => {
    it('carries % and unit strings as the unit, plain numbers without one', async () => {
        const metric = await metricOf('baseline 40% target 30 "sec" actual 25');
        expect([metric.baseline, metric.target, metric.actual]).toEqual([{ value: 40, unit: '%' }, { value: 30, unit: 'sec' }, { value: 25 }]);
        expect(metric.unitsAgree).toBe(false);
    });

    it('agree when all present values share a unit', () => {
        expect(unitsAgree([{ value: 1, unit: '%' }, undefined, { value: 2, unit: '%' }])).toBe(true);
        expect(unitsAgree([{ value: 1 }, { value: 2 }])).toBe(true);
        expect(unitsAgree([{ value: 1 }, { value: 2, unit: '%' }])).toBe(false);
        expect(unitsAgree([])).toBe(true);
    });
});
