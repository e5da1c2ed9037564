/**
 * The structure for stage-needs-metric and stage-needs-research: in the stage the
 * diagnostic names, under a name the journey does not use yet, in the file's line ends,
 * laid out as `cjm fmt` lays it out; never a number, an answer or a date the team did not
 * write, so the rule keeps reporting until a person writes them.
 */
import { describe, expect, it } from 'vitest';
import { edit, journeyOf } from '../../fixtures.js';
import { findingsOf, fixesFor, formatted } from './quick-fixes.js';

const TOUCHPOINT = '    touchpoint Visit via Web for Founder { emotion 1 }';
const ANSWERED = '    question "Why?" { answer "Because" source interview date 2026-09-12 }';
const TARGETED = '    metric Visits { target 1 }';

/** A clean journey of one stage `name` whose members are `members`, as `cjm fmt` lays it out. */
async function oneStage(name: string, members: string[]): Promise<string> {
    return formatted(journeyOf(`  stage ${name} {\n${members.join('\n')}\n  }\n`));
}

describe('stage-needs-metric', () => {
    it('adds an empty metric, named after a Cyrillic stage, and leaves its target to the team', async () => {
        const text = await oneStage('Осведомлённость', [TOUCHPOINT, ANSWERED]);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-metric');
        expect(fixes.titles[0]).toBe('Add metric \'ОсведомлённостьMetric\' to stage \'Осведомлённость\'');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toBe(edit(text, { '    }\n  }\n}\n': '    }\n    metric ОсведомлённостьMetric {\n    }\n  }\n}\n' }));
        // No number the team did not write: the stage is still without a target, the metric too.
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': ['stage-needs-metric: Осведомлённость', 'metric-needs-target: ОсведомлённостьMetric'] });
        expect(await formatted(fixed)).toBe(fixed);
    });

    it('picks a name no declaration of the journey has', async () => {
        const text = await oneStage('Awareness', [TOUCHPOINT, '    metric AwarenessMetric { baseline 1 }', ANSWERED]);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-metric');
        expect(fixes.titles[0]).toContain('\'AwarenessMetric2\'');
    });

    it('keeps CRLF line ends', async () => {
        const text = (await oneStage('Awareness', [TOUCHPOINT, ANSWERED])).replace(/\n/g, '\r\n');
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-metric');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toContain('metric AwarenessMetric');
        expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    });

    it('opens a stage written on one line', async () => {
        const text = await formatted(journeyOf(`  stage Trial {\n${TOUCHPOINT}\n${TARGETED}\n${ANSWERED}\n  }\n\n  stage Later { }\n`));
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-metric', 'Later');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toContain('  stage Later {\n    metric LaterMetric {\n    }\n  }\n');
        expect(await formatted(fixed)).toBe(fixed);
    });
});

describe('stage-needs-research', () => {
    it('adds a research question with no answer: the stage stays flagged until a person writes one', async () => {
        const text = await oneStage('Trial', [TOUCHPOINT, TARGETED]);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-research');
        expect(fixes.titles[0]).toBe('Add a research question to stage \'Trial\'');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toBe(edit(text, { '    metric Visits { target 1 }\n': '    metric Visits { target 1 }\n    question ""\n' }));
        expect(fixed).not.toMatch(/answer|\d{4}-\d{2}-\d{2}/);
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': ['stage-needs-research: Trial', 'unanswered-question: ""'] });
        expect(await formatted(fixed)).toBe(fixed);
    });

    it('never answers an open question for the team', async () => {
        const text = await oneStage('Trial', [TOUCHPOINT, TARGETED, '    question "Would a call help?"']);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-research');
        expect(fixes.titles.filter(title => !title.startsWith('Suppress'))).toEqual(['Add a research question to stage \'Trial\'']);
    });
});
