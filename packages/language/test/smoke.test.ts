import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, lint } from './fixtures.js';

describe('the clean fixture journey', () => {
    it('lints with no diagnostic', async () => {
        expect(await lint(CLEAN_JOURNEY)).toEqual([]);
    });
});
