import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, journeyModel } from '../fixtures.js';

describe('stage coverage', () => {
    it('counts touchpoints, metrics with and without target, answered questions and mitigated barriers', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '    metric Visits': `    touchpoint Pricing via Web for Founder
    barrier Slow at Landing { mitigation "Cache" }
    barrier Confusing at Pricing
    barrier Expensive at Pricing
    opportunity Plans resolves Expensive
    metric Bounce { baseline 60% }
    metric Visits`,
            '    question': '    question "Open one"\n    question'
        });
        const [awareness] = (await journeyModel(text, 'Onboarding')).stages;
        expect(awareness.coverage).toEqual({
            touchpoints: 2,
            metrics: 2,
            metricsWithTarget: 1,
            questions: 2,
            answeredQuestions: 1,
            barriers: 3,
            mitigatedBarriers: 2
        });
    });

    it('is all zeros for an empty stage', async () => {
        const text = edit(CLEAN_JOURNEY, { '  }\n}': '  }\n  stage Later { }\n}' });
        expect((await journeyModel(text, 'Onboarding')).stages[1].coverage).toEqual({
            touchpoints: 0, metrics: 0, metricsWithTarget: 0, questions: 0, answeredQuestions: 0, barriers: 0, mitigatedBarriers: 0
        });
    });
});
