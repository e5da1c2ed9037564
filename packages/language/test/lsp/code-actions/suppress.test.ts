/**
 * Suppression comments: above the line or at the top of the file, added to the comment
 * already there, and never for a syntax error.
 */
import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit } from '../../fixtures.js';
import { findingsOf, fixesFor } from './quick-fixes.js';

describe('suppression actions', () => {
    it('add the rule to the cjm-disable-next-line comment above the line', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '  stage Awareness "Awareness" {\n': '  // cjm-disable-next-line stage-needs-metric\n  stage Awareness "Awareness" {\n',
            '    metric Visits "Landing visits" { baseline 100 target 200 actual 150 measured 2026-09-30 }\n': '',
            '      answer "Peers in chats" source interview date 2026-09-12\n': ''
        });
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-research');
        const fixed = fixes.apply('Suppress stage-needs-research on this line')['map.cjm'];
        expect(fixed).toContain('  // cjm-disable-next-line stage-needs-metric, stage-needs-research\n  stage Awareness');
        expect((await findingsOf({ 'map.cjm': fixed }))['map.cjm']).toEqual(['unanswered-question: "Where do founders hear about us?"']);
    });

    it('add the rule to the cjm-disable comment at the top of the file', async () => {
        const text = `// cjm-disable journey-needs-problem\n// The onboarding map.\n${edit(CLEAN_JOURNEY, {
            '  objective "Raise trial-to-paid conversion from 4% to 8%"\n': '',
            '  problem "Teams cannot see value before the trial ends"\n': ''
        })}`;
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'journey-needs-objective');
        const fixed = fixes.apply('Suppress journey-needs-objective in this file')['map.cjm'];
        expect(fixed.startsWith('// cjm-disable journey-needs-problem, journey-needs-objective\n// The onboarding map.\n')).toBe(true);
        expect((await findingsOf({ 'map.cjm': fixed }))['map.cjm']).toEqual([]);
    });

    it('silence an unresolved reference too', async () => {
        const text = edit(CLEAN_JOURNEY, { 'via Web for Founder': 'via Wbe for Founder' });
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'unresolved-reference');
        const fixed = fixes.apply('Suppress unresolved-reference on this line')['map.cjm'];
        expect((await findingsOf({ 'map.cjm': fixed }))['map.cjm']).toEqual(['unused-channel: Web']);
    });

    it('are not offered for a syntax error, which would hide a map that goes unchecked', async () => {
        const fixes = await fixesFor({ 'map.cjm': edit(CLEAN_JOURNEY, { 'emotion 1 }': 'emotion }' }) }, 'map.cjm', 'syntax');
        expect(fixes.titles).toEqual([]);
    });
});
