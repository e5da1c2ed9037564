import { describe, expect, it } from 'vitest';
import { levenshtein } from '../../src/references/levenshtein.js';

describe('levenshtein', () => {
    it('counts insertions, deletions and substitutions', () => {
        expect(levenshtein('Email', 'Email')).toBe(0);
        expect(levenshtein('Emial', 'Email')).toBe(2);
        expect(levenshtein('Web', 'Webs')).toBe(1);
        expect(levenshtein('Ghost', 'Guest')).toBe(2);
        expect(levenshtein('', 'Web')).toBe(3);
    });

    it('counts a letter once whatever its script or encoding width', () => {
        expect(levenshtein('Сайт', 'Сайты')).toBe(1);
        expect(levenshtein('Осведомлённость', 'Осведомленность')).toBe(1);
        expect(levenshtein('𝒜x', 'x')).toBe(1);
    });
});
