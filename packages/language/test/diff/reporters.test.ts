import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { DIFF_REPORTERS, type MapChange } from '../../src/index.js';

const CHANGES: MapChange[] = [
    { change: 'added', element: 'persona', path: 'Buyer' },
    { change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.Signup', field: 'emotion', from: -2, to: -1 },
    { change: 'changed', element: 'touchpoint', path: 'Insurance.Rollout.Webinar', field: 'emotion', persona: 'Employee', from: -1, to: 1 },
    { change: 'changed', element: 'metric', path: 'Onboarding.Awareness.CTR', field: 'target', from: { value: 3, unit: '%' }, to: { value: 30, unit: 'sec' } },
    { change: 'removed', element: 'question', path: 'Onboarding.Trial.Pipes | and <b>stars</b>*?' },
    { change: 'changed', element: 'question', path: 'Onboarding.Trial.Why?', field: 'answers', to: [{ text: 'Too\nmany fields', source: 'survey', date: '2026-09-20' }] }
];

describe('diff reporters', () => {
    test('text: one line per change, then the summary; nothing when equal', () => {
        expect(DIFF_REPORTERS.text(CHANGES)).toBe([
            '+ persona Buyer added',
            '~ touchpoint Onboarding.Trial.Signup: emotion: -2 → -1',
            '~ touchpoint Insurance.Rollout.Webinar: emotion for Employee: -1 → 1',
            '~ metric Onboarding.Awareness.CTR: target: 3% → 30 sec',
            '- question Onboarding.Trial.Pipes | and <b>stars</b>*? removed',
            '~ question Onboarding.Trial.Why?: answers: (none) → "Too\\nmany fields" (survey, 2026-09-20)',
            '',
            '6 changes: 1 added, 1 removed, 4 changed',
            ''
        ].join('\n'));
        expect(DIFF_REPORTERS.text([])).toBe('');
    });

    test('json: exactly the changes under "changes"', () => {
        expect(JSON.parse(DIFF_REPORTERS.json(CHANGES))).toEqual({ changes: CHANGES });
        expect(JSON.parse(DIFF_REPORTERS.json([]))).toEqual({ changes: [] });
    });

    test('markdown: a heading, the summary, and a table whose cells survive hostile text', () => {
        const markdown = DIFF_REPORTERS.markdown(CHANGES, { old: 'HEAD~1:maps/a.cjm', new: 'maps/a.cjm' });
        const tokens = marked.lexer(markdown);
        const heading = tokens.find(token => token.type === 'heading') as { text: string } | undefined;
        expect(heading?.text).toContain('HEAD\\~1:maps/a.cjm');
        const table = tokens.find(token => token.type === 'table') as { header: { text: string }[]; rows: { text: string }[][] } | undefined;
        expect(table?.header.map(cell => cell.text)).toEqual(['Change', 'Element', 'Path', 'Detail']);
        expect(table?.rows).toHaveLength(CHANGES.length);
        const html = marked.parse(markdown) as string;
        expect(html).not.toContain('<b>');
        expect(html).toContain('Pipes | and &lt;b&gt;stars&lt;/b&gt;*?');
        expect(markdown).toContain('**6 changes: 1 added, 1 removed, 4 changed**');
    });

    test('markdown without changes says so', () => {
        expect(DIFF_REPORTERS.markdown([])).toBe('### Journey map changes\n\nNo changes in meaning.\n');
    });
});
