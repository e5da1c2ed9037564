/**
 * cjm/coverage over a real stdio connection: each journey of the editor's text with its
 * stages' coverage (the VS Code status bar's figures), the same counts as the stage code
 * lenses and the same "covered" as the stage-needs-metric and stage-needs-research rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol';
import { CoverageRequest, type CoverageResult, type JourneyCoverage } from '../../src/protocol.js';
import { edit } from '../fixtures.js';
import { ExampleWorkspace } from './example-workspace.js';
import { textIn } from './text-positions.js';

const TWO_JOURNEYS = `persona Founder
channel Web online

journey Trial "Free trial" {
  stage Signup "Sign-up" {
    touchpoint Form via Web for Founder { emotion -1 }
    metric Started { baseline 10 target 20 }
    question "Why do they stop?" {
      answer "Too many fields" source analytics date 2026-09-20
    }
  }

  stage Activate {
    touchpoint FirstReport via Web for Founder
    metric Reports { actual 3 }
    question "What do they report on?"
  }
}

journey Renewal {
  stage Notice {
    question "Do they read the reminder?" { answer "Half do" source survey date 2026-09-01 sample 120 }
  }
}
`;

describe('cjm/coverage over stdio', () => {
    let workspace: ExampleWorkspace;

    beforeAll(async () => {
        workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card'], { 'trial.cjm': TWO_JOURNEYS });
    });
    afterAll(async () => {
        await workspace.stop();
    });

    async function coverage(uri: string): Promise<CoverageResult> {
        return workspace.session.connection.sendRequest(CoverageRequest, { uri });
    }

    async function journeys(uri: string): Promise<JourneyCoverage[]> {
        const result = await coverage(uri);
        if (result.kind !== 'coverage') {
            throw new Error(`expected coverage, got ${JSON.stringify(result)}`);
        }
        return result.journeys;
    }

    it('lists every journey with its declaration and each stage\'s counts', async () => {
        const [trial, renewal] = await journeys(workspace.uri('trial.cjm'));
        const text = workspace.text('trial.cjm');
        expect(textIn(text, trial.range)).toMatch(/^journey Trial "Free trial" \{[^]*\n\}$/);
        expect(textIn(text, renewal.range)).toMatch(/^journey Renewal \{[^]*\n\}$/);
        expect(trial).toMatchObject({ id: 'Trial', title: 'Free trial' });
        expect(renewal).not.toHaveProperty('title');
        expect(trial.stages).toEqual([
            {
                id: 'Signup', title: 'Sign-up', covered: true,
                coverage: { touchpoints: 1, metrics: 1, metricsWithTarget: 1, questions: 1, answeredQuestions: 1, barriers: 0, mitigatedBarriers: 0 },
                summary: '1 touchpoint · 1 metric · 1/1 question answered · 0 barriers'
            },
            {
                id: 'Activate', covered: false,
                coverage: { touchpoints: 1, metrics: 1, metricsWithTarget: 0, questions: 1, answeredQuestions: 0, barriers: 0, mitigatedBarriers: 0 },
                summary: '1 touchpoint · 1 metric (0 with target) · 0/1 question answered · 0 barriers'
            }
        ]);
        expect(renewal.stages.map(({ id, covered }) => ({ id, covered }))).toEqual([{ id: 'Notice', covered: false }]);
    });

    it('summarises each stage in the words of its code lens', async () => {
        const uri = workspace.uri('workspace/onboarding.cjm');
        const lenses = await workspace.session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as CodeLens[];
        const stageLenses = lenses.filter(lens => lens.command?.title !== 'Preview').map(lens => lens.command!.title);
        const [journey] = await journeys(uri);
        expect(journey.stages.map(stage => stage.summary)).toEqual(stageLenses);
    });

    it('calls a stage covered exactly when neither stage-needs-metric nor stage-needs-research is reported on it', async () => {
        const uri = workspace.uri('trial.cjm');
        const diagnostics = await workspace.session.diagnostics(uri, found => found.length > 0);
        const text = workspace.text('trial.cjm');
        const uncovered = new Set(diagnostics
            .filter(diagnostic => diagnostic.code === 'stage-needs-metric' || diagnostic.code === 'stage-needs-research')
            .map(diagnostic => textIn(text, diagnostic.range)));
        const stages = (await journeys(uri)).flatMap(journey => journey.stages);
        expect(stages.map(stage => [stage.id, stage.covered])).toEqual(stages.map(stage => [stage.id, !uncovered.has(stage.id)]));
        expect([...uncovered].sort()).toEqual(['Activate', 'Notice']);
    });

    it('counts the unsaved text, and an untitled buffer', async () => {
        const uri = workspace.uri('trial.cjm');
        const text = edit(TWO_JOURNEYS, { 'metric Reports { actual 3 }': 'metric Reports { target 5 }\n    touchpoint Share via Web for Founder' });
        await workspace.session.open(uri, text);
        const activate = (await journeys(uri))[0].stages[1];
        expect(activate.coverage).toMatchObject({ touchpoints: 2, metricsWithTarget: 1 });
        await workspace.session.close(uri);

        const untitled = 'untitled:Untitled-1';
        await workspace.session.open(untitled, TWO_JOURNEYS);
        expect((await journeys(untitled)).map(journey => journey.id)).toEqual(['Trial', 'Renewal']);
        await workspace.session.close(untitled);
    });

    it('gives no figures while the text does not parse', async () => {
        const uri = workspace.uri('trial.cjm');
        await workspace.session.open(uri, edit(TWO_JOURNEYS, { 'stage Activate {': 'stage Activate' }));
        expect(await coverage(uri)).toEqual({ kind: 'syntax-error' });
        await workspace.session.close(uri);
    });

    it('names Cyrillic journeys and stages as written, and has no journeys for a file of shared declarations', async () => {
        const [journey] = await journeys(workspace.uri('russian-bank-card/karta.cjm'));
        expect(journey.id).toBe('СтуденческаяКарта');
        expect(journey.stages[0]).toMatchObject({ id: 'Осведомлённость', summary: '2 touchpoints · 1 metric · 1/1 question answered · 1 barrier' });
        expect(await coverage(workspace.uri('workspace/shared.cjm'))).toEqual({ kind: 'coverage', journeys: [] });
    });
});
