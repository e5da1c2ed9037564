import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

function withMembers(members: string): string {
    return edit(CLEAN_JOURNEY, { '    metric Visits': `${members}\n    metric Visits` });
}

describe('barrier-needs-mitigation: a barrier with no mitigation and no opportunity that resolves it', () => {
    it('reports a bare barrier, at its name', async () => {
        const text = withMembers('    barrier PricingUnclear "Pricing is unclear" at Landing severity high');
        expect(findings(text, await lint(text), 'barrier-needs-mitigation')).toEqual(['PricingUnclear']);
    });

    it('reports a barrier with an empty body or an empty mitigation list', async () => {
        const text = withMembers('    barrier A { }\n    barrier B { mitigation }');
        expect(findings(text, await lint(text), 'barrier-needs-mitigation')).toEqual(['A', 'B']);
    });

    it('reports a barrier whose mitigations are empty texts, the places a quick fix leaves to write them', async () => {
        const text = withMembers('    barrier A {\n      mitigation ""\n      mitigation "  "\n    }');
        expect(findings(text, await lint(text), 'barrier-needs-mitigation')).toEqual(['A']);
    });

    it('reports a barrier that an opportunity names without resolving it', async () => {
        const text = withMembers('    barrier Slow\n    opportunity Cache "Cache pages" { description "Helps Slow" }');
        expect(findings(text, await lint(text), 'barrier-needs-mitigation')).toEqual(['Slow']);
    });

    it('is quiet with a mitigation', async () => {
        const text = withMembers('    barrier PricingUnclear at Landing severity high {\n      mitigation "Show a pricing calculator above the fold"\n    }');
        expect(rules(await lint(text))).toEqual([]);
    });

    it('is quiet with an opportunity that resolves it, in the same or another stage', async () => {
        const sameStage = withMembers('    barrier PricingUnclear at Landing\n    opportunity Calculator resolves PricingUnclear');
        expect(rules(await lint(sameStage))).toEqual([]);
        const otherStage = edit(withMembers('    barrier PricingUnclear at Landing'), {
            '  }\n}': `  }
  stage Trial {
    touchpoint Signup via Web for Founder
    opportunity Calculator resolves Other, PricingUnclear
    barrier Other { mitigation "Fix it" }
    metric Activation { target 35% }
    question "What stops sign-up?" { answer "Too many fields" source analytics date 2026-09-20 }
  }
}`
        });
        expect(rules(await lint(otherStage))).toEqual([]);
    });
});
