import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { DIFF_REPORTERS, type ReviewedChange } from '../../src/index.js';

// Reviewed changes as reviewMaps gives them: cli.md's fields, plus titles, stage and content.
const CHANGES: ReviewedChange[] = [
    { change: 'added', element: 'persona', path: 'Buyer', segments: ['Buyer'], title: 'Procurement' },
    {
        change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.Signup', segments: ['Onboarding', 'Trial', 'Signup'], field: 'emotion', from: -2, to: -1,
        title: 'Sign-up form', stage: 'Trial'
    },
    {
        change: 'changed', element: 'touchpoint', path: 'Insurance.Rollout.Webinar', segments: ['Insurance', 'Rollout', 'Webinar'], field: 'emotion', persona: 'Employee',
        from: -1, to: 1, title: 'Benefits webinar', stage: 'Roll-out', personaTitle: 'Employee'
    },
    {
        change: 'changed', element: 'touchpoint', path: 'Onboarding.Trial.Signup', segments: ['Onboarding', 'Trial', 'Signup'], field: 'flow', from: ['Report'], to: ['Call'],
        fromTitle: ['First report'], toTitle: ['Sales call'], title: 'Sign-up form', stage: 'Trial'
    },
    {
        change: 'added', element: 'barrier', path: 'Onboarding.Trial.LongForm', segments: ['Onboarding', 'Trial', 'LongForm'], title: 'Form has 14 fields', stage: 'Trial',
        content: [{ field: 'at', value: 'Sign-up form' }, { field: 'severity', value: 'high' }, { field: 'mitigations', value: ['Ask for the email only'] }]
    },
    {
        change: 'changed', element: 'metric', path: 'Onboarding.Awareness.CTR', segments: ['Onboarding', 'Awareness', 'CTR'], field: 'target',
        from: { value: 3, unit: '%' }, to: { value: 30, unit: 'sec' }, title: 'Click-through', stage: 'Awareness'
    },
    {
        change: 'removed', element: 'question', path: 'Onboarding.Trial.Pipes | and <b>stars</b>*?', segments: ['Onboarding', 'Trial', 'Pipes | and <b>stars</b>*?'],
        title: 'Pipes | and <b>stars</b>*?', stage: 'Trial'
    }
];

describe('diff reporters: written for a CX reviewer', () => {
    test('text: one line per change by title and stage, then the summary; nothing when equal', () => {
        expect(DIFF_REPORTERS.text(CHANGES)).toBe([
            '+ persona «Procurement»: added',
            '~ touchpoint «Sign-up form» in «Trial»: emotion: -2 → -1',
            '~ touchpoint «Benefits webinar» in «Roll-out»: emotion of «Employee»: -1 → +1',
            '~ touchpoint «Sign-up form» in «Trial»: flow now goes to «Sales call» (was «First report»)',
            '+ barrier «Form has 14 fields» in «Trial»: added (at: «Sign-up form»; severity: high; mitigation: "Ask for the email only")',
            '~ metric «Click-through» in «Awareness»: target: 3% → 30 sec',
            '- question «Pipes | and <b>stars</b>*?» in «Trial»: removed',
            '',
            '7 changes: 2 added, 1 removed, 4 changed',
            ''
        ].join('\n'));
        expect(DIFF_REPORTERS.text([])).toBe('');
    });

    test('text in Russian: labelled fields, no preposition before a name', () => {
        expect(DIFF_REPORTERS.text(CHANGES.slice(2, 5), { locale: 'ru' })).toBe([
            '~ точка контакта «Benefits webinar» (этап: «Roll-out»): эмоция, персона: «Employee»: -1 → +1',
            '~ точка контакта «Sign-up form» (этап: «Trial»): переход теперь: «Sales call» (был: «First report»)',
            '+ барьер «Form has 14 fields» (этап: «Trial»): добавлено (точка контакта: «Sign-up form»; серьёзность: высокая; меры: "Ask for the email only")',
            '',
            'Изменений: 3 (добавлено: 1, изменено: 2)',
            ''
        ].join('\n'));
    });

    test('json: cli.md\'s fields, the reviewer\'s added, the internal segments left out', () => {
        const { changes } = JSON.parse(DIFF_REPORTERS.json(CHANGES)) as { changes: Record<string, unknown>[] };
        expect(changes).toEqual(CHANGES.map(({ segments: _, ...change }) => change));
        expect(changes[4]).toMatchObject({ change: 'added', element: 'barrier', path: 'Onboarding.Trial.LongForm', title: 'Form has 14 fields', stage: 'Trial' });
        expect(JSON.parse(DIFF_REPORTERS.json([]))).toEqual({ changes: [] });
    });

    test('markdown: a heading, the summary, and a table whose cells survive hostile text', () => {
        const markdown = DIFF_REPORTERS.markdown(CHANGES, { old: 'HEAD~1:maps/a.cjm', new: 'maps/a.cjm' });
        const tokens = marked.lexer(markdown);
        const heading = tokens.find(token => token.type === 'heading') as { text: string } | undefined;
        expect(heading?.text).toContain('HEAD\\~1:maps/a.cjm');
        const table = tokens.find(token => token.type === 'table') as { header: { text: string }[]; rows: { text: string }[][] } | undefined;
        expect(table?.header.map(cell => cell.text)).toEqual(['Change', 'Element', 'Detail']);
        expect(table?.rows).toHaveLength(CHANGES.length);
        const html = marked.parse(markdown) as string;
        expect(html).not.toContain('<b>');
        expect(html).toContain('«Pipes | and &lt;b&gt;stars&lt;/b&gt;*?» in «Trial»');
        expect(markdown.split('\n').slice(0, 7)).toEqual([
            '### Journey map changes: HEAD\\~1:maps/a.cjm → maps/a.cjm',
            '',
            '**7 changes: 2 added, 1 removed, 4 changed**',
            '',
            '| Change | Element | Detail |',
            '| --- | --- | --- |',
            '| added | persona «Procurement» | added |'
        ]);
    });

    test('markdown without changes says so, in the map\'s language', () => {
        expect(DIFF_REPORTERS.markdown([])).toBe('### Journey map changes\n\nNo changes in meaning.\n');
        expect(DIFF_REPORTERS.markdown([], { locale: 'ru' })).toBe('### Изменения карты пути\n\nПо смыслу ничего не изменилось.\n');
    });
});
