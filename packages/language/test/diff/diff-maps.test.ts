import { describe, expect, test } from 'vitest';
import { diffMaps, type MapChange } from '../../src/index.js';
import { edit, mapModel } from '../fixtures.js';

const MAP = `persona Founder "Early-stage founder"
channel Web "Website" online
channel Email "Email" online

journey Onboarding "SaaS onboarding" {
  objective "Raise trial-to-paid conversion"
  target Founder

  stage Awareness "Awareness" {
    touchpoint Ad "Search ad" via Web for Founder { emotion 0 }
    touchpoint Landing "Landing page" via Web for Founder { emotion -1 }
    barrier PricingUnclear "Pricing is unclear" at Landing severity high
    metric CTR "Click-through" { baseline 1.2% target 3% }
    question "Where do founders hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12
    }
  }

  stage Trial "Trial" {
    touchpoint Signup "Sign-up form" via Web for Founder { emotion -2 }
    touchpoint FirstReport "First report" via Web, Email for Founder { emotion 2 }
    metric Activation "Activated in 24h" { target 35% }
    question "What stops people?" { answer "Too many fields" source analytics date 2026-09-20 }
  }
}
`;

async function diff(replacements: Record<string, string>, old = MAP): Promise<MapChange[]> {
    return diffMaps(await mapModel(old), await mapModel(edit(old, replacements)));
}

// Changes come sorted by path (parents first), then element kind, then as found.
describe('diffMaps: what a reviewer reads', () => {
    test('a renamed stage is one change of its name, not a removal and an addition', async () => {
        expect(await diff({ 'stage Trial "Trial"': 'stage FreeTrial "Trial"' })).toEqual([
            { change: 'changed', element: 'stage', path: 'Onboarding.FreeTrial', field: 'name', from: 'Trial', to: 'FreeTrial' }
        ]);
    });

    test('a renamed touchpoint is one change, though arrows and barriers name it', async () => {
        const old = edit(MAP, { '{ emotion 0 }': '{ emotion 0 -> Landing }' });
        expect(await diff({ 'Ad "Search ad" via Web for Founder { emotion 0 -> Landing }': 'Ad "Search ad" via Web for Founder { emotion 0 -> Landing2 }',
            'touchpoint Landing "Landing page"': 'touchpoint Landing2 "Landing page"', 'at Landing': 'at Landing2' }, old)).toEqual([
            { change: 'changed', element: 'touchpoint', path: 'Onboarding.Awareness.Landing2', field: 'name', from: 'Landing', to: 'Landing2' }
        ]);
    });

    test('an added persona, top-level', async () => {
        expect(await diff({ 'channel Web': 'persona Buyer "Procurement"\nchannel Web' })).toEqual([
            { change: 'added', element: 'persona', path: 'Buyer' }
        ]);
    });

    test('a changed answer is a change of the question\'s answers, the question named by its text', async () => {
        expect(await diff({ '"Too many fields" source analytics': '"Too many fields" source survey' })).toEqual([{
            change: 'changed', element: 'question', path: 'Onboarding.Trial.What stops people?', field: 'answers',
            from: [{ text: 'Too many fields', source: 'analytics', date: '2026-09-20' }],
            to: [{ text: 'Too many fields', source: 'survey', date: '2026-09-20' }]
        }]);
    });

    test('a reworded question keeps its answers: field text', async () => {
        expect(await diff({ '"What stops people?"': '"What stops people during sign-up?"' })).toEqual([{
            change: 'changed', element: 'question', path: 'Onboarding.Trial.What stops people during sign-up?', field: 'text',
            from: 'What stops people?', to: 'What stops people during sign-up?'
        }]);
    });

    test('emotion, metric values, severity, channels and the brief, each with from and to', async () => {
        expect(await diff({
            '{ emotion -2 }': '{ emotion -1 }', 'baseline 1.2% target 3%': 'baseline 1.2% target 4% actual 2%', 'severity high': 'severity critical',
            'via Web, Email for Founder': 'via Email for Founder', 'objective "Raise trial-to-paid conversion"': 'objective "Double conversion"'
        })).toEqual([
            { change: 'changed', element: 'journey', path: 'Onboarding', field: 'objective', from: 'Raise trial-to-paid conversion', to: 'Double conversion' },
            { change: 'changed', element: 'metric', path: 'Onboarding.Awareness.CTR', field: 'target', from: { value: 3, unit: '%' }, to: { value: 4, unit: '%' } },
            { change: 'changed', element: 'metric', path: 'Onboarding.Awareness.CTR', field: 'actual', to: { value: 2, unit: '%' } },
            { change: 'changed', element: 'barrier', path: 'Onboarding.Awareness.PricingUnclear', field: 'severity', from: 'high', to: 'critical' },
            { change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.FirstReport', field: 'via', from: ['Web', 'Email'], to: ['Email'] },
            { change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.Signup', field: 'emotion', from: -2, to: -1 }
        ]);
    });

    test('a stage reorder is the journey\'s order, plus the flows it changes at the stage borders', async () => {
        const reordered = MAP.replace(/  stage Awareness[\s\S]*?\n  }\n\n(  stage Trial[\s\S]*?\n  }\n)/, (all, trial: string) => `${trial}\n${all.slice(0, all.indexOf(trial)).trimEnd()}\n`);
        const changes = diffMaps(await mapModel(MAP), await mapModel(reordered));
        expect(changes.map(({ path, field, from, to }) => ({ path, field, from, to }))).toEqual([
            { path: 'Onboarding', field: 'order', from: ['Awareness', 'Trial'], to: ['Trial', 'Awareness'] },
            { path: 'Onboarding.Awareness.Landing', field: 'flow', from: ['Signup'], to: [] },
            { path: 'Onboarding.Trial.FirstReport', field: 'flow', from: [], to: ['Ad'] }
        ]);
    });

    test('a touchpoint moved to another stage: its stage, and the flows around it', async () => {
        const changes = await diff({ '    touchpoint Ad "Search ad" via Web for Founder { emotion 0 }\n': '',
            '    touchpoint FirstReport': '    touchpoint Ad "Search ad" via Web for Founder { emotion 0 }\n    touchpoint FirstReport' });
        expect(changes.map(({ path, field, from, to }) => ({ path, field, from, to }))).toEqual([
            { path: 'Onboarding.Trial.Ad', field: 'stage', from: 'Awareness', to: 'Trial' },
            { path: 'Onboarding.Trial.Ad', field: 'flow', from: ['Landing'], to: ['FirstReport'] },
            { path: 'Onboarding.Trial.Signup', field: 'flow', from: ['FirstReport'], to: ['Ad'] }
        ]);
    });

    test('a removed touchpoint in the implicit flow is one removal; its predecessor still flows past it', async () => {
        expect(await diff({ '    touchpoint Landing "Landing page" via Web for Founder { emotion -1 }\n': '', ' at Landing': '' })).toEqual([
            { change: 'removed', element: 'touchpoint', path: 'Onboarding.Awareness.Landing' },
            { change: 'changed', element: 'barrier', path: 'Onboarding.Awareness.PricingUnclear', field: 'at', from: 'Landing' }
        ]);
    });

    test('a removed touchpoint whose arrows led elsewhere changes where its predecessor goes', async () => {
        const old = edit(MAP, { '{ emotion -1 }': '{ emotion -1 -> FirstReport }' });
        const changes = await diff({ '    touchpoint Landing "Landing page" via Web for Founder { emotion -1 -> FirstReport }\n': '', ' at Landing': '' }, old);
        expect(changes.filter(change => change.element === 'touchpoint')).toEqual([
            { change: 'changed', element: 'touchpoint', path: 'Onboarding.Awareness.Ad', field: 'flow', from: ['FirstReport'], to: ['Signup'] },
            { change: 'removed', element: 'touchpoint', path: 'Onboarding.Awareness.Landing' }
        ]);
    });

    test('an arrow to the touchpoint that comes next anyway is no change', async () => {
        expect(await diff({ '{ emotion 0 }': '{ emotion 0 -> Landing }' })).toEqual([]);
    });

    test('added and removed journeys, stages and metrics', async () => {
        expect(await diff({ '    metric Activation "Activated in 24h" { target 35% }\n': '', '  stage Trial': '  stage Retention {\n  }\n\n  stage Trial' }))
            .toEqual([
                { change: 'added', element: 'stage', path: 'Onboarding.Retention' },
                { change: 'removed', element: 'metric', path: 'Onboarding.Trial.Activation' }
            ]);
        expect(await diff({ 'journey Onboarding "SaaS onboarding"': 'journey Renewal "Renewal"', '\n  stage Awareness': '\n  stage Notice {\n  }\n  stage Awareness' }))
            .toEqual([{ change: 'removed', element: 'journey', path: 'Onboarding' }, { change: 'added', element: 'journey', path: 'Renewal' }]);
    });

    test('an emotion change per persona, once the personas of a touchpoint feel differently', async () => {
        const both = edit(MAP, { 'persona Founder "Early-stage founder"': 'persona Founder "Early-stage founder"\npersona Buyer "Procurement"',
            'for Founder { emotion -2 }': 'for Founder, Buyer { emotion -2 }' });
        expect(await diff({ '{ emotion -2 }': '{ emotion -2 for Founder emotion 1 for Buyer }' }, both)).toEqual([
            { change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.Signup', field: 'emotion', persona: 'Buyer', from: -2, to: 1 }
        ]);
        const split = edit(both, { '{ emotion -2 }': '{ emotion -2 for Founder emotion 1 for Buyer }' });
        expect(await diff({ 'emotion -2 for Founder': 'emotion 0 for Founder' }, split)).toEqual([
            { change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.Signup', field: 'emotion', persona: 'Founder', from: -2, to: 0 }
        ]);
    });
});
