import { describe, expect, it } from 'vitest';
import { findings, journeyOf, lint, rules, stage } from '../fixtures.js';

const config = JSON.stringify({ requiredStages: ['Awareness', 'Consideration', 'Purchase'] });

describe('required-stage: a stage listed in requiredStages is missing from a journey', () => {
    it('reports each missing stage at the journey name', async () => {
        const text = journeyOf(stage('Awareness', '    touchpoint Ad via Web for Founder'));
        const diagnostics = await lint(text, { config });
        expect(findings(text, diagnostics, 'required-stage')).toEqual(['Onboarding', 'Onboarding']);
        expect(rules(diagnostics)).toEqual(['required-stage', 'required-stage']);
    });

    it('matches stage names exactly (case-sensitive)', async () => {
        const text = journeyOf([
            stage('awareness', '    touchpoint Ad via Web for Founder'),
            stage('Consideration', '    touchpoint Compare via Web for Founder'),
            stage('Purchase', '    touchpoint Pay via Web for Founder')
        ].join(''));
        expect(rules(await lint(text, { config }))).toEqual(['required-stage']);
    });

    it('is quiet when every required stage is present, with other stages between them', async () => {
        const text = journeyOf([
            stage('Awareness', '    touchpoint Ad via Web for Founder'),
            stage('Research', '    touchpoint Reviews via Web for Founder'),
            stage('Consideration', '    touchpoint Compare via Web for Founder'),
            stage('Purchase', '    touchpoint Pay via Web for Founder')
        ].join(''));
        expect(await lint(text, { config })).toEqual([]);
    });

    it('requires nothing without a config', async () => {
        const text = journeyOf(stage('Anything', '    touchpoint Ad via Web for Founder'));
        expect(await lint(text)).toEqual([]);
    });
});

describe('stage-order: the required stages that are present are not in the configured order', () => {
    it('reports the stage that comes too late, at its name', async () => {
        const text = journeyOf([
            stage('Purchase', '    touchpoint Pay via Web for Founder'),
            stage('Awareness', '    touchpoint Ad via Web for Founder'),
            stage('Consideration', '    touchpoint Compare via Web for Founder')
        ].join(''));
        const diagnostics = await lint(text, { config });
        expect(findings(text, diagnostics, 'stage-order')).toEqual(['Awareness', 'Consideration']);
        expect(rules(diagnostics)).toEqual(['stage-order', 'stage-order']);
    });

    it('judges only the required stages that are present', async () => {
        const text = journeyOf([
            stage('Purchase', '    touchpoint Pay via Web for Founder'),
            stage('Awareness', '    touchpoint Ad via Web for Founder')
        ].join(''));
        const diagnostics = await lint(text, { config });
        expect(findings(text, diagnostics, 'required-stage')).toEqual(['Onboarding']);
        expect(findings(text, diagnostics, 'stage-order')).toEqual(['Awareness']);
    });

    it('is quiet when the present stages keep the configured order', async () => {
        const text = journeyOf([
            stage('Awareness', '    touchpoint Ad via Web for Founder'),
            stage('Purchase', '    touchpoint Pay via Web for Founder')
        ].join(''));
        expect(rules(await lint(text, { config }))).toEqual(['required-stage']);
    });
});
