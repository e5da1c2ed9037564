import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, lintFiles, rules } from '../fixtures.js';

describe('unresolved-reference: a name that resolves to nothing', () => {
    it('reports a touchpoint persona (for) that is not declared, at the name', async () => {
        const text = edit(CLEAN_JOURNEY, { 'for Founder': 'for Founderr' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'unresolved-reference')).toEqual(['Founderr']);
    });

    it('reports a journey target that is not declared', async () => {
        const text = edit(CLEAN_JOURNEY, { 'target Founder': 'target Founder, Investor' });
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['Investor']);
    });

    it('reports a channel (via) that is not declared', async () => {
        const text = edit(CLEAN_JOURNEY, { 'via Web': 'via Web, Billboard' });
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['Billboard']);
    });

    it('reports an arrow (->) and a barrier `at` to a touchpoint that is not declared', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '{ emotion 1 }': '{ emotion 1 -> Checkout }',
            '    metric Visits': '    barrier Slow at Payment { mitigation "Cache the page" }\n    metric Visits'
        });
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['Checkout', 'Payment']);
    });

    it('reports an opportunity that resolves a barrier that is not declared', async () => {
        const text = edit(CLEAN_JOURNEY, { '    metric Visits': '    opportunity Faster resolves SlowPage\n    metric Visits' });
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['SlowPage']);
    });

    it('treats names as case-sensitive', async () => {
        const text = edit(CLEAN_JOURNEY, { 'for Founder': 'for founder' });
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['founder']);
    });

    it('does not confuse kinds: a channel name is no persona', async () => {
        const text = edit(CLEAN_JOURNEY, { 'for Founder': 'for Web' });
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['Web']);
    });

    it('is quiet when every name resolves, also to a persona and a channel in another file', async () => {
        const [shared, map] = await lintFiles({
            'shared.cjm': 'persona Founder "Early-stage founder"\nchannel Web "Website" online\n',
            'map.cjm': edit(CLEAN_JOURNEY, { 'persona Founder "Early-stage founder"\nchannel Web "Website" online\n': '' })
        });
        expect(shared.diagnostics).toEqual([]);
        expect(map.diagnostics).toEqual([]);
    });

    it('resolves touchpoints and barriers by plain name from another stage of the journey', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '{ emotion 1 }': '{ emotion 1 -> Signup }',
            '  }\n}': `  }
  stage Trial {
    touchpoint Signup via Web for Founder
    opportunity Calculator resolves PricingUnclear
    metric Activation { target 35% }
    question "What stops sign-up?" { answer "Too many fields" source analytics date 2026-09-20 }
  }
}`,
            '    metric Visits': '    barrier PricingUnclear at Landing\n    metric Visits'
        });
        expect(await lint(text)).toEqual([]);
    });

    it('does not see the personas and channels local to another journey', async () => {
        const other = `journey Other {
  objective "o" problem "p" target Marketer
  stage Only {
    touchpoint Elsewhere via Telegram for Founder
    metric M { target 1 }
    question "q" { answer "a" source survey date 2026-09-01 }
  }
}
`;
        const text = edit(CLEAN_JOURNEY, {
            '  target Founder\n': '  target Founder, Marketer\n  persona Marketer\n  channel Telegram\n',
            'via Web for Founder': 'via Web, Telegram for Founder, Marketer'
        }) + other;
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['Marketer', 'Telegram']);
    });

    it('does not see touchpoints of another journey', async () => {
        const other = `journey Other {
  objective "o" problem "p" target Founder
  stage Only {
    touchpoint Elsewhere via Web for Founder { -> Landing }
    metric M { target 1 }
    question "q" { answer "a" source survey date 2026-09-01 }
  }
}
`;
        const text = CLEAN_JOURNEY + other;
        expect(findings(text, await lint(text), 'unresolved-reference')).toEqual(['Landing']);
    });
});

describe('duplicate-name: two declarations of one kind with the same name in one scope', () => {
    it('reports top-level personas, channels and journeys named alike in two files, in both files', async () => {
        const [first, second] = await lintFiles({
            'first.cjm': CLEAN_JOURNEY,
            'second.cjm': CLEAN_JOURNEY
        });
        expect(findings(CLEAN_JOURNEY, first.diagnostics, 'duplicate-name')).toEqual(['Founder', 'Web', 'Onboarding']);
        expect(findings(CLEAN_JOURNEY, second.diagnostics, 'duplicate-name')).toEqual(['Founder', 'Web', 'Onboarding']);
    });

    it('reports two top-level personas named alike in one file', async () => {
        const text = edit(CLEAN_JOURNEY, { 'channel Web': 'persona Founder "Again"\nchannel Web' });
        expect(findings(text, await lint(text), 'duplicate-name')).toEqual(['Founder', 'Founder']);
    });

    it('does not report a persona and a channel of the same name (different kinds)', async () => {
        const text = edit(CLEAN_JOURNEY, { 'channel Web': 'channel Founder "Founder newsletter" online\nchannel Web' });
        expect(rules(await lint(text))).not.toContain('duplicate-name');
    });

    it('reports two touchpoints of one journey named alike, even in different stages', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '  }\n}': `  }
  stage Trial {
    touchpoint Landing "Landing again" via Web for Founder
    metric Activation { target 35% }
    question "What stops sign-up?" { answer "Too many fields" source analytics date 2026-09-20 }
  }
}`
        });
        expect(findings(text, await lint(text), 'duplicate-name')).toEqual(['Landing', 'Landing']);
    });

    it('reports two journey-local personas named alike, and two metrics', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '  reviewed 2026-10-01': '  reviewed 2026-10-01\n  persona Marketer\n  persona Marketer',
            '  target Founder\n': '  target Founder, Marketer\n',
            'for Founder': 'for Founder, Marketer',
            '    question': '    metric Visits "Again" { target 1 }\n    question'
        });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'duplicate-name')).toEqual(['Marketer', 'Marketer', 'Visits', 'Visits']);
        // References resolve to the first Marketer, so the second is also unused.
        expect(rules(diagnostics).filter(rule => rule !== 'duplicate-name')).toEqual(['unused-persona']);
    });

    it('does not report a journey-local persona that shadows a top-level one', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '  reviewed 2026-10-01': '  reviewed 2026-10-01\n  persona Founder "The founder as this journey sees them"'
        });
        const diagnostics = await lint(text);
        expect(rules(diagnostics)).not.toContain('duplicate-name');
        // The journey now refers to its own Founder, so the top-level one is unused.
        expect(findings(text, diagnostics, 'unused-persona')).toEqual(['Founder']);
        expect(diagnostics.map(diagnostic => diagnostic.range.start.line)).toEqual([0]);
    });

    it('does not report a journey-local channel that shadows a top-level one, nor the same local name in two journeys', async () => {
        const journey = (name: string): string => `journey ${name} {
  objective "o" problem "p" target Founder
  channel Web "Our own site" online
  stage Only {
    touchpoint Landing via Web for Founder
    metric Visits { target 1 }
    question "q" { answer "a" source survey date 2026-09-01 }
  }
}
`;
        const text = `persona Founder\nchannel Web\n${journey('First')}${journey('Second')}`;
        const diagnostics = await lint(text);
        expect(rules(diagnostics)).toEqual(['unused-channel']);
        expect(diagnostics.map(diagnostic => diagnostic.range.start.line)).toEqual([1]);
    });

    it('is quiet for the clean journey', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('duplicate-name');
    });
});
