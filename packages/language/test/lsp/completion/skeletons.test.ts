/**
 * Every skeleton, expanded as a writer who fills each tab stop would leave it, is cjm that
 * parses where its keyword may stand and is laid out as `cjm fmt` lays it out; and none
 * writes a number, a date or a text of its own.
 */
import { describe, expect, it } from 'vitest';
import { skeletonFor, type NamesInScope } from '../../../src/lsp/completion/skeletons.js';
import { lint, rules } from '../../fixtures.js';
import { formatted } from '../code-actions/quick-fixes.js';

const NAMES: NamesInScope = { channels: ['Web'], personas: ['Founder'], touchpoints: ['Ad'], barriers: ['Slow'], evidence: ['interview', 'survey'] };
const SHARED = 'persona Founder\n\nchannel Web online\n';

/** Where each keyword may stand: its skeleton replaces `|`, indented as the line. */
const PLACES: Record<string, string> = {
    journey: `${SHARED}\n|\n`,
    persona: '|\n',
    channel: '|\n',
    stage: `${SHARED}\njourney J {\n  |\n}\n`,
    touchpoint: `${SHARED}\njourney J {\n  stage S {\n    |\n  }\n}\n`,
    barrier: `${SHARED}\njourney J {\n  stage S {\n    touchpoint Ad\n    |\n  }\n}\n`,
    opportunity: `${SHARED}\njourney J {\n  stage S {\n    barrier Slow\n    |\n  }\n}\n`,
    metric: `${SHARED}\njourney J {\n  stage S {\n    |\n  }\n}\n`,
    question: `${SHARED}\njourney J {\n  stage S {\n    |\n  }\n}\n`,
    answer: `${SHARED}\njourney J {\n  stage S {\n    question "Why?" {\n      |\n    }\n  }\n}\n`,
    '->': `${SHARED}\njourney J {\n  stage S {\n    touchpoint Ad {\n      |\n    }\n  }\n}\n`
};

/** The snippet as filled in: a choice's first option, a placeholder's text, a number or date the writer typed; the final stop's empty line gone. */
function expand(body: string): string {
    return body
        .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/date \$\d+/g, 'date 2026-09-12')
        .replace(/"\$\d+"/g, '"Written by the team"')
        .replace(/ \$[1-9]\d*/g, ' 3')
        .replace(/\n\s*\$0(?=\n)/g, '')
        .replace(/\$0/g, '');
}

function place(keyword: string, text: string): string {
    const marked = PLACES[keyword];
    const indentation = /([ ]*)\|/.exec(marked)![1];
    return marked.replace('|', text.split('\n').join(`\n${indentation}`));
}

describe('skeletons', () => {
    it.each(Object.keys(PLACES))('%s parses where it may stand, in the layout of cjm fmt', async keyword => {
        const skeleton = skeletonFor(keyword, () => NAMES)!;
        expect(skeleton.detail).not.toBe('');
        const text = place(keyword, expand(skeleton.body));
        expect(rules(await lint(text))).not.toContain('syntax');
        expect(await formatted(text)).toBe(text);
    });

    it.each(Object.keys(PLACES))('%s writes no number, date or text of its own', keyword => {
        const body = skeletonFor(keyword, () => NAMES)!.body;
        const written = body.replace(/\$\{\d+\|[^|]*\|\}/g, '').replace(/\$\{\d+:[^}]*\}/g, '');
        expect(written).not.toMatch(/\d{4}-\d{2}-\d{2}|(baseline|target|actual|sample) \d|"[^"$\n]+"/);
    });

    it('none for a keyword without a declaration to write', () => {
        expect(skeletonFor('owner', () => NAMES)).toBeUndefined();
        expect(skeletonFor('toString', () => NAMES)).toBeUndefined();
    });
});
