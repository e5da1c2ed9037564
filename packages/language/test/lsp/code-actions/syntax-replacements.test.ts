/** syntax: a name written with `-`, a space or a leading digit, and a decimal comma, mended in one step. */
import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit } from '../../fixtures.js';
import { findingsOf, fixesFor } from './quick-fixes.js';

describe('syntax quick fixes', () => {
    it('offers the names that would do for `first-visit`, the first preferred, and the map then lints clean', async () => {
        const text = edit(CLEAN_JOURNEY, { 'stage Awareness': 'stage first-visit' });
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'syntax', 'first-visit');
        expect(fixes.titles).toEqual(['Write \'first_visit\'', 'Write \'FirstVisit\'']);
        const fixed = fixes.apply('Write \'FirstVisit\'')['map.cjm'];
        expect(fixed).toContain('  stage FirstVisit "Awareness" {\n');
        expect((await findingsOf({ 'map.cjm': fixed }))['map.cjm']).toEqual([]);
    });

    it('joins the words of a name with a space, and puts `_` before a leading digit', async () => {
        const spaced = await fixesFor({ 'map.cjm': edit(CLEAN_JOURNEY, { 'touchpoint Landing': 'touchpoint Главная страница' }) }, 'map.cjm', 'syntax', 'Главная страница');
        expect(spaced.titles).toEqual(['Write \'Главная_страница\'', 'Write \'ГлавнаяСтраница\'']);
        const digit = await fixesFor({ 'map.cjm': edit(CLEAN_JOURNEY, { 'touchpoint Landing': 'touchpoint 1st' }) }, 'map.cjm', 'syntax', '1st');
        expect(digit.titles).toEqual(['Write \'_1st\'']);
    });

    it('writes a decimal point for a decimal comma, keeping the unit', async () => {
        const text = edit(CLEAN_JOURNEY, { 'actual 150': 'actual 41,5%' });
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'syntax', '41,5');
        expect(fixes.titles).toEqual(['Write \'41.5\'']);
        expect(fixes.apply('Write \'41.5\'')['map.cjm']).toContain('actual 41.5%');
    });

    it('offers nothing for a syntax error without a sure mend', async () => {
        const text = edit(CLEAN_JOURNEY, { 'metric Visits': 'metrc Visits' });
        expect((await fixesFor({ 'map.cjm': text }, 'map.cjm', 'syntax')).titles).toEqual([]);
    });
});
