/**
 * barrier-needs-mitigation: a place to write the mitigation, in the barrier's block (made
 * when it has none); empty, the rule keeps reporting.
 */
import { describe, expect, it } from 'vitest';
import { edit, journeyOf } from '../../fixtures.js';
import { findingsOf, fixesFor, formatted } from './quick-fixes.js';

const MEMBERS = '    touchpoint Visit via Web for Founder { emotion 1 }\n    metric Visits { target 1 }\n    question "Why?" { answer "Because" source interview date 2026-09-12 }\n';

describe('barrier-needs-mitigation', () => {
    it.each([
        ['without a block', '    barrier Slow "Slow page" at Visit severity high\n', '    barrier Slow "Slow page" at Visit severity high {\n      mitigation ""\n    }\n'],
        ['with an empty block', '    barrier Slow {}\n', '    barrier Slow {\n      mitigation ""\n    }\n'],
        ['with a block on lines of its own', '    barrier Slow {\n    }\n', '    barrier Slow {\n      mitigation ""\n    }\n']
    ])('adds an empty mitigation to a barrier %s', async (_, barrier, fixedBarrier) => {
        const text = await formatted(journeyOf(`  stage Trial {\n${MEMBERS}${barrier}  }\n`));
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'barrier-needs-mitigation');
        expect(fixes.titles[0]).toBe('Add a mitigation to barrier \'Slow\'');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toBe(edit(text, { [barrier]: fixedBarrier }));
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': ['barrier-needs-mitigation: Slow'] });
        expect(await formatted(fixed)).toBe(fixed);
    });
});
