import { describe, expect, test } from 'vitest';
import { drawChange, reviewMaps, type ChangePictures } from '../../src/index.js';
import { readSvg, wellFormedProblems } from '../diagram/svg-contract.js';
import { edit, mapModel, stageLayouts } from '../fixtures.js';
import { CRAFTED } from './crafted-map.js';

const layouts = stageLayouts();

async function drawn(replacements: Record<string, string>, theme: 'light' | 'dark' = 'light', from = CRAFTED, locale: 'en' | 'ru' = 'en'): Promise<ChangePictures> {
    const [old, added] = [await mapModel(from), await mapModel(edit(from, replacements))];
    return (await drawChange(old, added, reviewMaps(old, added), layouts, { theme, locale }))!;
}

/** The crafted map with two metrics and an open question in its first stage. */
const MEASURED = edit(CRAFTED, {
    '    touchpoint Brochure "Reads the brochure" via Web for Employee { emotion 0 }\n': `    touchpoint Brochure "Reads the brochure" via Web for Employee { emotion 0 }
    metric Chosen "Plans chosen online" { baseline 20% target 30% }
    metric Calls "Calls per sale" { baseline 3 target 2 }
    question "Why do buyers call instead of comparing online?" {}
`
});

/** Target raised, one metric gone, one new, the question answered. */
const MEASURED_EDIT = {
    'baseline 20% target 30%': 'baseline 20% target 40%',
    '    metric Calls "Calls per sale" { baseline 3 target 2 }\n': '    metric Brochures "Brochures read" { baseline 10 target 50 }\n',
    'online?" {}': 'online?" {\n      answer "They want a person to confirm the price" source interview date 2026-06-18\n    }'
};

/** Every marked group: `touchpoint PhoneBooking changed emotion`. */
function marks(svg: string): string[] {
    const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return [...svg.matchAll(/<g\b[^>]*\sdata-cjm-change="[^"]*"[^>]*>/g)].map(([tag]) =>
        [attribute(tag, 'class')!.replace('cjm-', ''), attribute(tag, 'data-cjm-id'), attribute(tag, 'data-cjm-change'), attribute(tag, 'data-cjm-fields')]
            .filter(part => part !== undefined).join(' '));
}

/** The texts of the badges, in drawing order. */
function badges(svg: string): string[] {
    return [...svg.matchAll(/<g class="cjm-change-badge">.*?<\/g>/g)].map(([badge]) => [...badge.matchAll(/>([^<>]+)</g)].map(([, text]) => text).join(''));
}

describe('drawChange: the new picture with the change marked', () => {
    test('one persona\'s emotion: the touchpoint badged with it, the old curve faint beside the new', async () => {
        const { marked } = await drawn({ 'emotion 1 for Employee': 'emotion -2 for Employee' });
        expect(marks(marked)).toEqual(['touchpoint PhoneBooking changed emotion']);
        expect(badges(marked)).toEqual(['emotion of «Employee»: +1 → -2']);
        const old = /<g class="cjm-old-emotion-curve" data-cjm-persona="Employee"[^>]*>(.*?)<\/g>/.exec(marked)?.[1] ?? '';
        // Only where the feeling moved: the one old point, and the lines to its neighbours.
        expect(old.match(/<circle/g)).toHaveLength(1);
    });

    test('a rename with a title change: one changed touchpoint, drawn under its new id', async () => {
        const { marked } = await drawn({ 'touchpoint PhoneBooking "Books a call"': 'touchpoint CallBack "Asks for a call back"' });
        expect(marks(marked)).toEqual(['touchpoint CallBack changed name,title']);
        expect(badges(marked)).toEqual(['id; title']);
    });

    test('an added barrier: outlined and badged "new"', async () => {
        const { marked } = await drawn({
            '    touchpoint Brochure': '    barrier Hold "Waits on hold" at PhoneBooking severity high { mitigation "Call back within an hour" }\n    touchpoint Brochure'
        });
        expect(marks(marked)).toEqual(['barrier Hold added']);
        expect(marked).toContain('class="cjm-change-outline"');
    });

    test('a removed stage: a ghost column after the others, its touchpoint a ghost in it, the geometry of the contract kept', async () => {
        const { marked, old } = await drawn({ '  stage FollowUp "Follow-up" {\n    touchpoint Survey "Answers a survey" via Web for Employee { emotion 0 }\n  }\n': '' });
        expect(marks(marked)).toEqual(['stage FollowUp removed', 'touchpoint Survey removed']);
        const view = readSvg(marked);
        expect(view.stages.map(stage => stage.id)).toEqual(['Choose', 'Sign', 'FollowUp']);
        expect(wellFormedProblems(marked)).toEqual([]);
        expect(old).toContain('data-cjm-id="FollowUp"');
    });

    test('a moved touchpoint and a retargeted flow: the touchpoints whose flow changed', async () => {
        expect(marks((await drawn({ '-> Sign\n': '-> Brochure\n' })).marked)).toEqual(['touchpoint PhoneBooking changed flow']);
        const brochure = '    touchpoint Brochure "Reads the brochure" via Web for Employee { emotion 0 }\n';
        const moved = await drawn({ [brochure]: '', '    touchpoint Survey': `${brochure}    touchpoint Survey` });
        expect(marks(moved.marked).sort()).toEqual(['touchpoint Brochure changed stage,flow', 'touchpoint Sign changed flow']);
    });

    test('no change: no mark, and the marked picture is the new one', async () => {
        const pictures = await drawn({});
        expect(marks(pictures.marked)).toEqual([]);
        expect(pictures.marked).toBe(pictures.new);
    });

    test('hostile titles stay text in the badges and the ghosts', async () => {
        const { marked } = await drawn({ '"Answers a survey"': '"<script>alert(1)</script> & \\"more\\""', 'emotion 0 }\n  }\n}': 'emotion 2 }\n  }\n}' });
        expect(marked).not.toContain('<script>');
        expect(wellFormedProblems(marked)).toEqual([]);
    });

    test('metrics and questions: a raised target badged with its values, a new metric outlined, a removed one a ghost in its cell, an answered question marked', async () => {
        const { marked } = await drawn(MEASURED_EDIT, 'light', MEASURED);
        expect(marks(marked)).toEqual([
            'metric Chosen changed target',
            'metric Calls removed',
            'metric Brochures added',
            'question Why do buyers call instead of comparing online? changed answers'
        ]);
        expect(badges(marked)).toEqual(['target: 30% \u2192 40%', 'removed', 'new', 'answers']);
        const metricsCell = /<g class="cjm-lane" data-cjm-lane="metric">.*?<g class="cjm-lane-cell" data-cjm-stage="Choose">(.*?)<\/g><g class="cjm-lane-cell"/s.exec(marked)?.[1] ?? '';
        // The ghost at its old place in its stage's cell.
        expect([...metricsCell.matchAll(/<g\b[^>]*class="cjm-metric" data-cjm-id="(\w+)"/g)].map(([, id]) => id)).toEqual(['Chosen', 'Calls', 'Brochures']);
        expect(marked).toMatch(/<g data-cjm-change="added" class="cjm-metric" data-cjm-id="Brochures">.*?class="cjm-change-outline"/s);
        expect(wellFormedProblems(marked)).toEqual([]);
        expect(readSvg(marked).answers).toHaveLength(1);
    });

    test('metrics and questions in Russian: the badges in the reviewer\'s language', async () => {
        const { marked } = await drawn(MEASURED_EDIT, 'light', MEASURED, 'ru');
        expect(badges(marked)).toEqual(['цель: 30% \u2192 40%', 'удалено', 'новое', 'ответы']);
    });

    test('without a change the entries are plain groups: a metric by its id, an open question by its text', async () => {
        const { marked } = await drawn({}, 'light', MEASURED);
        expect(marks(marked)).toEqual([]);
        expect(marked).toContain('<g class="cjm-metric" data-cjm-id="Calls">');
        expect(marked).toContain('<g class="cjm-question" data-cjm-id="Why do buyers call instead of comparing online?">');
    });
});
