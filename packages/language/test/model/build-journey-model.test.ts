import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, journeyModel, journeyModels, journeyOf, stage } from '../fixtures.js';

const MAP = `persona Founder "Early-stage founder" { goal "Launch the MVP" quote "No time for docs" }
persona Marketer "Top-level marketer"
channel Web "Website" online { description "acme.io" }
channel Email "Email" online

journey Onboarding "SaaS onboarding" {
  product "Acme Analytics"
  state future
  owner "growth-team"
  reviewed 2026-10-01
  objective "Raise trial-to-paid conversion"
  problem "Teams cannot see value before the trial ends"
  target Founder, Marketer

  persona Marketer "Marketing lead"
  channel Telegram "Telegram chats" online

  stage Awareness "Awareness" {
    touchpoint Ad "Search ad" via Web for Founder {
      emotion 0
      action "Searches" action "Clicks"
      thought "Another tool?"
    }
    touchpoint Chat via Telegram for Marketer { -> Signup }
    barrier PricingUnclear "Pricing is unclear" at Chat severity high
    metric CTR { baseline 1.2% target 3% actual 2.1% source "Web analytics" measured 2026-09-30 }
    question "Where do founders hear about us?" {
      answer "Peers" source interview date 2026-09-12
      answer "Search" source survey date 2026-08-01 sample 214
    }
  }

  stage Trial {
    owner "onboarding-squad"
    touchpoint Signup via Web, Email for Founder { emotion -2 }
    opportunity Calculator "Pricing calculator" resolves PricingUnclear { description "Above the fold" }
    metric Activation { baseline 18% target 35% }
    question "Would a call help?"
  }
}
`;

describe('the journey model', () => {
    it('keeps the journey attributes, with state current by default', async () => {
        const model = await journeyModel(MAP, 'Onboarding');
        expect(model).toMatchObject({
            name: 'Onboarding', title: 'SaaS onboarding', product: 'Acme Analytics', state: 'future', owner: 'growth-team',
            reviewed: '2026-10-01', objective: 'Raise trial-to-paid conversion', problem: 'Teams cannot see value before the trial ends',
            targets: ['Founder', 'Marketer']
        });
        expect((await journeyModel(CLEAN_JOURNEY, 'Onboarding')).state).toBe('current');
    });

    it('keeps the stages in declaration order, each with its members', async () => {
        const model = await journeyModel(MAP, 'Onboarding');
        expect(model.stages.map(stage => stage.name)).toEqual(['Awareness', 'Trial']);
        expect(model.stages.map(stage => stage.touchpoints.map(touchpoint => touchpoint.name))).toEqual([['Ad', 'Chat'], ['Signup']]);
        expect(model.stages[1].owner).toBe('onboarding-squad');
        expect(model.stages[0].touchpoints[0]).toEqual({
            name: 'Ad', title: 'Search ad', stage: 'Awareness', channels: ['Web'], personas: ['Founder'], emotion: 0,
            emotions: [{ persona: 'Founder', emotion: 0 }],
            actions: ['Searches', 'Clicks'], thoughts: ['Another tool?'], arrows: [], reachable: true,
            personaActions: [{ text: 'Searches', personas: ['Founder'] }, { text: 'Clicks', personas: ['Founder'] }],
            personaThoughts: [{ text: 'Another tool?', personas: ['Founder'] }]
        });
    });

    it('keeps questions with their answers and evidence', async () => {
        const [awareness, trial] = (await journeyModel(MAP, 'Onboarding')).stages;
        expect(awareness.questions).toEqual([{
            text: 'Where do founders hear about us?', stage: 'Awareness', answers: [
                { text: 'Peers', source: 'interview', date: '2026-09-12' },
                { text: 'Search', source: 'survey', date: '2026-08-01', sample: 214 }
            ]
        }]);
        expect(trial.questions).toEqual([{ text: 'Would a call help?', stage: 'Trial', answers: [] }]);
    });

    it('resolves barriers: default severity medium, resolved by opportunities of any stage', async () => {
        const model = await journeyModel(MAP, 'Onboarding');
        expect(model.stages[0].barriers).toEqual([{
            name: 'PricingUnclear', title: 'Pricing is unclear', stage: 'Awareness', touchpoint: 'Chat', severity: 'high',
            mitigations: [], resolvedBy: ['Calculator'], mitigated: true
        }]);
        expect(model.stages[1].opportunities).toEqual([{
            name: 'Calculator', title: 'Pricing calculator', stage: 'Trial', resolves: ['PricingUnclear'], description: 'Above the fold'
        }]);
        const bare = await journeyModel(edit(CLEAN_JOURNEY, { '    metric Visits': '    barrier Slow\n    metric Visits' }), 'Onboarding');
        expect(bare.stages[0].barriers[0]).toMatchObject({ severity: 'medium', resolvedBy: [], mitigated: false });
    });

    it('lists the personas and channels the journey declares or refers to, with their scope', async () => {
        const model = await journeyModel(MAP, 'Onboarding');
        expect(model.personas).toEqual([
            { name: 'Marketer', title: 'Marketing lead', scope: 'journey', attributes: [] },
            {
                name: 'Founder', title: 'Early-stage founder', scope: 'workspace',
                attributes: [{ kind: 'goal', value: 'Launch the MVP' }, { kind: 'quote', value: 'No time for docs' }]
            }
        ]);
        expect(model.channels).toEqual([
            { name: 'Telegram', title: 'Telegram chats', scope: 'journey', kind: 'online' },
            { name: 'Web', title: 'Website', scope: 'workspace', kind: 'online', description: 'acme.io' },
            { name: 'Email', title: 'Email', scope: 'workspace', kind: 'online' }
        ]);
    });

    it('resolves references to the journey-local persona that shadows a top-level one', async () => {
        // `target Marketer` and `for Marketer` both mean the journey's own "Marketing lead".
        const model = await journeyModel(MAP, 'Onboarding');
        const marketers = model.personas.filter(persona => persona.name === 'Marketer');
        expect(marketers).toEqual([{ name: 'Marketer', title: 'Marketing lead', scope: 'journey', attributes: [] }]);
        expect(model.stages[0].touchpoints[1].personas).toEqual(['Marketer']);
    });

    it('refers to top-level personas and channels declared in other files', async () => {
        const models = await journeyModels({
            'shared.cjm': 'persona Founder "Founder from shared.cjm"\nchannel Web "Website" online\n',
            'map.cjm': edit(CLEAN_JOURNEY, { 'persona Founder "Early-stage founder"\nchannel Web "Website" online\n': '' })
        });
        expect(models.Onboarding.personas).toEqual([{ name: 'Founder', title: 'Founder from shared.cjm', scope: 'workspace', attributes: [] }]);
    });

    it('keeps a reference that does not resolve as written', async () => {
        const model = await journeyModel(edit(CLEAN_JOURNEY, { 'for Founder': 'for Nobody', '{ emotion 1 }': '{ emotion 1 -> Gone }' }), 'Onboarding');
        expect(model.stages[0].touchpoints[0]).toMatchObject({ personas: ['Nobody'], arrows: ['Gone'] });
    });

    it('builds one model per journey of a file', async () => {
        const second = journeyOf(stage('Only', '    touchpoint T via Web for Founder')).replace(/^persona.*\nchannel.*\n/, '').replace('Onboarding', 'Renewal');
        expect(Object.keys(await journeyModels(CLEAN_JOURNEY + second))).toEqual(['Onboarding', 'Renewal']);
    });

    it('is JSON-serialisable: a JSON round trip gives the same model', async () => {
        for (const model of [await journeyModel(MAP, 'Onboarding'), await journeyModel(CLEAN_JOURNEY, 'Onboarding')]) {
            expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
        }
    });
});
