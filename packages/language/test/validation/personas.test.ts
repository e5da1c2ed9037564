import { describe, expect, it } from 'vitest';
import { findings, lint, rules } from '../fixtures.js';

/** A clean two-persona journey: the HR manager buys, the employee uses; `body` is the shared webinar's. */
function twoPersonas(body: string, extra = ''): string {
    return `channel Web "Website" online

journey Insurance "Corporate health insurance" {
  objective "Renew 90% of corporate contracts"
  problem "Employees do not use the policy, so HR does not renew"
  target HRManager, Employee
  reviewed 2026-10-01
  persona HRManager "HR manager" { role buyer }
  persona Employee "Employee" { role user }

  stage Rollout "Rollout" {
    touchpoint Webinar "Onboarding webinar" via Web for HRManager, Employee {
${body}
    }
${extra}
    metric Enrolled "Employees enrolled" { baseline 40% target 80% actual 55% measured 2026-09-30 }
    question "Do employees know their policy?" {
      answer "7 of 12 did not know their policy number" source interview date 2026-09-12
    }
  }
}
`;
}

const BOTH = `      emotion 1 for HRManager
      emotion -1 for Employee`;

describe('duplicate-emotion: two emotions for one persona on one touchpoint', () => {
    it('reports the second emotion for a persona, at its name', async () => {
        const text = twoPersonas(`${BOTH}\n      emotion 2 for Employee`);
        expect(findings(text, await lint(text), 'duplicate-emotion')).toEqual(['Employee']);
    });

    it('reports a persona named twice in one emotion', async () => {
        const text = twoPersonas('      emotion 1 for HRManager, Employee, HRManager');
        expect(findings(text, await lint(text), 'duplicate-emotion')).toEqual(['HRManager']);
    });

    it('reports a second emotion without `for`, at its value', async () => {
        const text = twoPersonas('      emotion 1\n      emotion -2');
        expect(findings(text, await lint(text), 'duplicate-emotion')).toEqual(['-2']);
    });

    it('is quiet for one emotion per persona, and for one without `for` beside them', async () => {
        expect(rules(await lint(twoPersonas(BOTH)))).toEqual([]);
        expect(rules(await lint(twoPersonas('      emotion 0\n      emotion -1 for Employee')))).toEqual([]);
    });
});

describe('persona-not-on-touchpoint: an entry for a persona the touchpoint is not for', () => {
    const extra = '    touchpoint Portal "HR portal" via Web for HRManager { emotion 1 for Employee action "Uploads the staff list" for Employee thought "Done" for HRManager }';

    it('reports an emotion and an action for a persona the touchpoint does not name, at the name', async () => {
        const text = twoPersonas(BOTH, extra);
        expect(findings(text, await lint(text), 'persona-not-on-touchpoint')).toEqual(['Employee', 'Employee']);
    });

    it('is quiet where the touchpoint names the persona', async () => {
        const text = twoPersonas(`${BOTH}\n      action "Counts the sign-ups" for HRManager\n      thought "Where is my policy number?" for Employee`);
        expect(rules(await lint(text))).toEqual([]);
    });
});

describe('persona-without-emotion: a target persona that has no emotion anywhere', () => {
    it('reports the target with no emotion, at its name in `target`', async () => {
        const text = twoPersonas('      emotion 1 for HRManager');
        expect(findings(text, await lint(text), 'persona-without-emotion')).toEqual(['Employee']);
    });

    it('is quiet when an emotion without `for` covers every persona of the touchpoint', async () => {
        expect(rules(await lint(twoPersonas('      emotion 0')))).toEqual([]);
    });

    it('is quiet for a journey with one target', async () => {
        const text = twoPersonas('      emotion 1 for HRManager').replace('target HRManager, Employee', 'target HRManager');
        expect(rules(await lint(text))).toEqual([]);
    });

    it('leaves a target no touchpoint is for to uncovered-persona', async () => {
        const text = twoPersonas('      emotion 1').replace('for HRManager, Employee {', 'for HRManager {');
        expect(rules(await lint(text))).toEqual(['uncovered-persona']);
    });
});

describe('role: at most once on a persona', () => {
    it('reports a second role as a syntax error', async () => {
        const text = twoPersonas(BOTH).replace('{ role user }', '{ role user role buyer }');
        expect(findings(text, await lint(text), 'syntax')).toEqual(['role']);
    });
});
