import { describe, expect, it } from 'vitest';
import { findings, journeyOf, lint, rules, stage } from '../fixtures.js';

/** Touchpoints via Web for Founder, each with its own body. */
function touchpoints(...bodies: Array<[name: string, body: string]>): string {
    return bodies.map(([name, body]) => `    touchpoint ${name} via Web for Founder${body ? ` { ${body} }` : ''}\n`).join('');
}

describe('unreachable-touchpoint: a touchpoint no flow reaches from the journey\'s first touchpoint', () => {
    it('reports a touchpoint that an arrow skips, at its name', async () => {
        const text = journeyOf(stage('Trial', touchpoints(['Signup', '-> Report'], ['Tour', ''], ['Report', ''])));
        expect(findings(text, await lint(text), 'unreachable-touchpoint')).toEqual(['Tour']);
    });

    it('reports what only an unreachable touchpoint leads to', async () => {
        const text = journeyOf(stage('Trial', touchpoints(['Signup', '-> Report'], ['Tour', ''], ['Help', ''], ['Report', '-> Signup'])));
        expect(findings(text, await lint(text), 'unreachable-touchpoint')).toEqual(['Tour', 'Help']);
    });

    it('follows arrows back (loops) and forward into other stages', async () => {
        const text = journeyOf([
            stage('Trial', touchpoints(['Signup', ''], ['Verify', '-> Signup, Report'], ['Tour', ''])),
            stage('Value', touchpoints(['Report', '-> Tour']))
        ].join(''));
        expect(rules(await lint(text))).toEqual([]);
    });

    it('reports a touchpoint of a later stage that a cross-stage arrow jumps over', async () => {
        const text = journeyOf([
            stage('Trial', touchpoints(['Signup', '-> Pay'])),
            stage('Value', touchpoints(['Report', ''])),
            stage('Buy', touchpoints(['Pay', '']))
        ].join(''));
        expect(findings(text, await lint(text), 'unreachable-touchpoint')).toEqual(['Report']);
    });

    it('treats a loop back as the end of the straight path: what follows the looping touchpoint is unreachable', async () => {
        const text = journeyOf(stage('Trial', touchpoints(['Signup', ''], ['Retry', '-> Signup'], ['Done', ''])));
        expect(findings(text, await lint(text), 'unreachable-touchpoint')).toEqual(['Done']);
    });

    it('is quiet when touchpoints without arrows continue in declaration order, across stages', async () => {
        const text = journeyOf([
            stage('Trial', touchpoints(['Signup', ''], ['Tour', ''])),
            stage('Value', touchpoints(['Report', '']))
        ].join(''));
        expect(await lint(text)).toEqual([]);
    });

    it('never reports the first touchpoint, even when nothing points to it', async () => {
        const text = journeyOf(stage('Trial', touchpoints(['Signup', '-> Report'], ['Report', ''])));
        expect(await lint(text)).toEqual([]);
    });
});
