/**
 * The brief's missing attributes: an empty objective or problem as a place to write it
 * (the rule keeps reporting while it is empty), `target` with a persona in scope; each on
 * a line of its own in the order language.md writes the brief, as `cjm fmt` lays it out.
 */
import { describe, expect, it } from 'vitest';
import { STAGE } from './journey-brief-fixture.js';
import { findingsOf, fixesFor, formatted } from './quick-fixes.js';

const SHARED = 'persona Founder\npersona Marketer\n\nchannel Web online\n';

describe('journey-needs-objective and journey-needs-problem', () => {
    it('adds an empty objective after the attributes before it, and the rule still reports it', async () => {
        const text = `${SHARED}\njourney Onboarding {\n  owner "growth"\n  problem "Slow starts"\n  target Founder\n\n${STAGE}}\n`;
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'journey-needs-objective');
        expect(fixes.titles[0]).toBe('Add objective to journey \'Onboarding\'');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toContain('  owner "growth"\n  objective ""\n  problem "Slow starts"\n');
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': ['unused-persona: Marketer', 'journey-needs-objective: Onboarding'] });
        expect(await formatted(fixed)).toBe(fixed);
    });

    it('adds a problem first in a journey with no brief, a blank line before its first stage', async () => {
        const text = `${SHARED}\njourney Onboarding {\n${STAGE}}\n`;
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'journey-needs-problem');
        const fixed = fixes.apply('Add problem to journey \'Onboarding\'')['map.cjm'];
        expect(fixed).toContain('journey Onboarding {\n  problem ""\n\n  stage Trial {\n');
        expect(await formatted(fixed)).toBe(fixed);
    });
});

describe('journey-needs-target', () => {
    it('offers each persona in scope as the target, after objective and problem', async () => {
        const text = `${SHARED}\njourney Onboarding {\n  objective "Grow"\n  problem "Slow starts"\n\n${STAGE}}\n`;
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'journey-needs-target');
        expect(fixes.titles.slice(0, 2)).toEqual(['Add \'target Founder\'', 'Add \'target Marketer\'']);
        const fixed = fixes.apply('Add \'target Founder\'')['map.cjm'];
        expect(fixed).toContain('  problem "Slow starts"\n  target Founder\n\n  stage Trial {\n');
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': ['unused-persona: Marketer'] });
        expect(await formatted(fixed)).toBe(fixed);
    });
});
