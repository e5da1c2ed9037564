import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

const METRIC = '    metric Visits "Landing visits" { baseline 100 target 200 actual 150 measured 2026-09-30 }\n';
const QUESTION = `    question "Where do founders hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12
    }
`;
const TOUCHPOINT = '    touchpoint Landing "Landing page" via Web for Founder { emotion 1 }\n';

describe('stage-needs-metric: a stage with no metric that has a target', () => {
    it('reports a stage without metrics, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { [METRIC]: '' });
        expect(findings(text, await lint(text), 'stage-needs-metric')).toEqual(['Awareness']);
    });

    it('reports a stage whose metrics have no target', async () => {
        const text = edit(CLEAN_JOURNEY, { 'baseline 100 target 200 actual 150': 'baseline 100 actual 150' });
        expect(findings(text, await lint(text), 'stage-needs-metric')).toEqual(['Awareness']);
    });

    it('is quiet when one metric of the stage has a target', async () => {
        const text = edit(CLEAN_JOURNEY, { [METRIC]: `${METRIC}    metric Bounce { baseline 60% }\n` });
        expect(rules(await lint(text))).not.toContain('stage-needs-metric');
    });
});

describe('stage-needs-research: a stage with no question that has at least one answer', () => {
    it('reports a stage without questions, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { [QUESTION]: '' });
        expect(findings(text, await lint(text), 'stage-needs-research')).toEqual(['Awareness']);
    });

    it('reports a stage whose questions are all open', async () => {
        const text = edit(CLEAN_JOURNEY, { [QUESTION]: '    question "Where do founders hear about us?"\n' });
        expect(findings(text, await lint(text), 'stage-needs-research')).toEqual(['Awareness']);
    });

    it('is quiet when one question is answered, even beside an open one', async () => {
        const text = edit(CLEAN_JOURNEY, { [QUESTION]: `${QUESTION}    question "Open" \n` });
        expect(rules(await lint(text))).toEqual(['unanswered-question']);
    });
});

describe('empty-stage: a stage with no touchpoint', () => {
    it('reports the stage, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { [TOUCHPOINT]: '' });
        expect(findings(text, await lint(text), 'empty-stage')).toEqual(['Awareness']);
    });

    it('reports each check of an empty stage once, at the stage name', async () => {
        const text = edit(CLEAN_JOURNEY, { '  }\n}': '  }\n  stage Later "Later" { }\n}' });
        const diagnostics = await lint(text);
        expect(rules(diagnostics)).toEqual(['stage-needs-metric', 'stage-needs-research', 'empty-stage']);
        expect(findings(text, diagnostics, 'empty-stage')).toEqual(['Later']);
    });

    it('is quiet for a stage with a touchpoint', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('empty-stage');
    });
});
