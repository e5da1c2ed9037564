import { describe, expect, it } from 'vitest';
import { nearestNames } from '../../src/references/nearest-names.js';

describe('nearestNames: what a typo was meant to be', () => {
    it('suggests names within two edits, nearest first, then in code-unit order', () => {
        expect(nearestNames('Foundr', ['Marketer', 'Founder', 'Funder', 'Founders'])).toEqual(['Founder', 'Founders', 'Funder']);
    });

    it('counts letters of any script, one edit each', () => {
        expect(nearestNames('Оснвоатель', ['Основатель', 'Маркетолог'])).toEqual(['Основатель']);
    });

    it('never suggests the written name itself, a name given twice twice, or a name that replaces every letter of a short one', () => {
        expect(nearestNames('Web', ['Web', 'Wab', 'Wab'])).toEqual(['Wab']);
        expect(nearestNames('A', ['B'])).toEqual([]);
        expect(nearestNames('Ad', ['Go'])).toEqual([]);
    });

    it('suggests nothing when every name is far', () => {
        expect(nearestNames('Investor', ['Founder', 'Marketer'])).toEqual([]);
    });
});
