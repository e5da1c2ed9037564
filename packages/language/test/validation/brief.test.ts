import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

// Cagan's questions: what business objective, which customer problem, which customers.

describe('journey-needs-objective: a journey without objective', () => {
    it('reports the journey, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { '  objective "Raise trial-to-paid conversion from 4% to 8%"\n': '' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'journey-needs-objective')).toEqual(['Onboarding']);
        expect(rules(diagnostics)).toEqual(['journey-needs-objective']);
    });

    it('reports an empty objective: it states nothing', async () => {
        const text = edit(CLEAN_JOURNEY, { '"Raise trial-to-paid conversion from 4% to 8%"': '""' });
        expect(findings(text, await lint(text), 'journey-needs-objective')).toEqual(['Onboarding']);
    });

    it('is quiet with an objective', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('journey-needs-objective');
    });
});

describe('journey-needs-problem: a journey without problem', () => {
    it('reports the journey, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { '  problem "Teams cannot see value before the trial ends"\n': '' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'journey-needs-problem')).toEqual(['Onboarding']);
        expect(rules(diagnostics)).toEqual(['journey-needs-problem']);
    });

    it('reports a problem of blanks only', async () => {
        const text = edit(CLEAN_JOURNEY, { '"Teams cannot see value before the trial ends"': '" "' });
        expect(findings(text, await lint(text), 'journey-needs-problem')).toEqual(['Onboarding']);
    });

    it('is quiet with a problem', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('journey-needs-problem');
    });
});

describe('journey-needs-target: a journey without target', () => {
    it('reports the journey, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { '  target Founder\n': '' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'journey-needs-target')).toEqual(['Onboarding']);
        // The touchpoint still refers to Founder, so the persona stays used.
        expect(rules(diagnostics)).toEqual(['journey-needs-target']);
    });

    it('is quiet with a target', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('journey-needs-target');
    });
});
