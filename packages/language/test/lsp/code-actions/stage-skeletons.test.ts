/**
 * The skeletons for stage-needs-metric and stage-needs-research: in the stage the
 * diagnostic names, under a name the journey does not use yet, in the file's line ends,
 * laid out as `cjm fmt` lays it out.
 */
import { describe, expect, it } from 'vitest';
import { TODAY, edit, journeyOf } from '../../fixtures.js';
import { findingsOf, fixesFor, formatted } from './quick-fixes.js';

const TOUCHPOINT = '    touchpoint Visit via Web for Founder { emotion 1 }';
const ANSWERED = '    question "Why?" { answer "Because" source interview date 2026-09-12 }';
const TARGETED = '    metric Visits { target 1 }';

/** A clean journey of one stage `name` whose members are `members`, as `cjm fmt` lays it out. */
async function oneStage(name: string, members: string[]): Promise<string> {
    return formatted(journeyOf(`  stage ${name} {\n${members.join('\n')}\n  }\n`));
}

describe('stage-needs-metric', () => {
    it('adds a metric with a target, named after a Cyrillic stage', async () => {
        const text = await oneStage('Осведомлённость', [TOUCHPOINT, ANSWERED]);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-metric');
        expect(fixes.titles[0]).toBe('Add metric \'ОсведомлённостьMetric\' with a target to stage \'Осведомлённость\'');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toBe(edit(text, { '    }\n  }\n}\n': '    }\n    metric ОсведомлённостьMetric "Осведомлённость success" { baseline 0 target 1 }\n  }\n}\n' }));
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': [] });
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
        expect(fixed).toContain('  stage Later {\n    metric LaterMetric "Later success" { baseline 0 target 1 }\n  }\n');
        expect(await formatted(fixed)).toBe(fixed);
    });
});

describe('stage-needs-research', () => {
    it('adds a question answered by an interview dated today', async () => {
        const text = await oneStage('Trial', [TOUCHPOINT, TARGETED]);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-research');
        expect(fixes.titles[0]).toBe('Add an answered research question to stage \'Trial\'');
        const fixed = fixes.apply(fixes.titles[0])['map.cjm'];
        expect(fixed).toContain(`    question "What do customers need in Trial?" {\n      answer "What the interviews found" source interview date ${TODAY}\n    }\n  }\n`);
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': [] });
        expect(await formatted(fixed)).toBe(fixed);
    });

    it('answers each open question of the stage, with or without its braces', async () => {
        const text = await oneStage('Trial', [TOUCHPOINT, TARGETED, '    question "Would a call help?"', '    question "Which fields?" { }']);
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'stage-needs-research');
        expect(fixes.titles.slice(1, 3)).toEqual(['Answer the question "Would a call help?"', 'Answer the question "Which fields?"']);
        for (const title of fixes.titles.slice(1, 3)) {
            const fixed = fixes.apply(title)['map.cjm'];
            expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': ['unanswered-question: "Would a call help?"', 'unanswered-question: "Which fields?"'].filter(item => !title.includes(item.slice(21))) });
            expect(await formatted(fixed)).toBe(fixed);
        }
    });
});
