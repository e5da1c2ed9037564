import { describe, expect, it } from 'vitest';
import { fixture, fixtureWorkspace, makeWorkspace, parseJson, runCli } from '../run-cli.js';

const BROKEN = {
    file: 'broken.cjm',
    diagnostics: [
        { rule: 'journey-needs-problem', severity: 'warning', message: "Journey `Onboarding` has no problem.", line: 5, column: 9, endLine: 5, endColumn: 19 },
        { rule: 'stage-needs-metric', severity: 'error', message: "Stage `Awareness` has no metric with a target.", line: 9, column: 9, endLine: 9, endColumn: 18 },
        { rule: 'emotion-range', severity: 'error', message: 'Emotion 3 is not an integer from -2 to +2.', line: 10, column: 69, endLine: 10, endColumn: 70 },
        { rule: 'unresolved-reference', severity: 'error', message: 'No channel `Mail` in journey `Onboarding` or the workspace.', line: 11, column: 42, endLine: 11, endColumn: 46 },
        { rule: 'metric-needs-target', severity: 'warning', message: "Metric `Visits` has no target.", line: 12, column: 12, endLine: 12, endColumn: 18 }
    ]
};

describe('--format json', () => {
    it.concurrent('gives every diagnostic with its rule, severity, message and 1-based range', async () => {
        const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        // toStrictEqual: no other keys than cli.md's.
        expect(parseJson(stdout)).toStrictEqual([BROKEN]);
    });

    it.concurrent('lists a clean map with no diagnostics', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm') });
        expect(code).toBe(0);
        expect(parseJson(stdout)).toStrictEqual([{ file: 'clean.cjm', diagnostics: [] }]);
    });

    it.concurrent('lists every file read, with paths relative to the current folder', async () => {
        const root = makeWorkspace({ 'maps/broken.cjm': fixture('broken.cjm'), 'maps/sub/empty.cjm': '', 'other.cjm': '' });
        const { stdout } = await runCli(['lint', '--format', 'json', './other.cjm', 'maps'], { cwd: root });
        expect(parseJson(stdout)).toStrictEqual([
            { file: 'other.cjm', diagnostics: [] },
            { ...BROKEN, file: 'maps/broken.cjm' },
            { file: 'maps/sub/empty.cjm', diagnostics: [] }
        ]);
    });

    it.concurrent('uses ../ for files above the current folder', async () => {
        const root = makeWorkspace({ 'maps/clean.cjm': fixture('clean.cjm'), 'work/': '' });
        const { stdout } = await runCli(['lint', '--format', 'json', '../maps'], { cwd: `${root}/work` });
        expect(parseJson(stdout)).toStrictEqual([{ file: '../maps/clean.cjm', diagnostics: [] }]);
    });

    it.concurrent('with --quiet keeps only errors, and every file', async () => {
        const root = makeWorkspace({ 'broken.cjm': fixture('broken.cjm'), 'lonely.cjm': 'persona Lonely "Nobody refers to me"\n' });
        const { stdout } = await runCli(['lint', '--format', 'json', '--quiet', '.'], { cwd: root });
        expect(parseJson(stdout)).toStrictEqual([
            { ...BROKEN, diagnostics: BROKEN.diagnostics.filter(diagnostic => diagnostic.severity === 'error') },
            { file: 'lonely.cjm', diagnostics: [] }
        ]);
    });
});
