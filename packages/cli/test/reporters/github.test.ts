import { describe, expect, it } from 'vitest';
import { fixtureWorkspace, makeWorkspace, runCli } from '../run-cli.js';

describe('--format github', () => {
    it.concurrent('prints one workflow command per diagnostic', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'github', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(code).toBe(1);
        expect(stdout).toBe([
            '::warning file=broken.cjm,line=5,col=9,endLine=5,endColumn=19,title=journey-needs-problem::Journey `Onboarding` has no problem.',
            '::error file=broken.cjm,line=9,col=9,endLine=9,endColumn=18,title=stage-needs-metric::Stage `Awareness` has no metric with a target.',
            '::error file=broken.cjm,line=10,col=69,endLine=10,endColumn=70,title=emotion-range::Emotion 3 is not an integer from -2 to +2.',
            '::error file=broken.cjm,line=11,col=42,endLine=11,endColumn=46,title=unresolved-reference::No channel `Mail` in journey `Onboarding` or the workspace.',
            '::warning file=broken.cjm,line=12,col=12,endLine=12,endColumn=18,title=metric-needs-target::Metric `Visits` has no target.',
            ''
        ].join('\n'));
    });

    it.concurrent('prints nothing for a clean map', async () => {
        expect(await runCli(['lint', '--format', 'github', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm') })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('reports infos as notices', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "rules": { "unused-persona": "info" } }', 'lonely.cjm': 'persona Lonely "Nobody refers to me"\n' });
        expect((await runCli(['lint', '--format', 'github', '.'], { cwd: root })).stdout)
            .toBe("::notice file=lonely.cjm,line=1,col=9,endLine=1,endColumn=15,title=unused-persona::No touchpoint or journey target refers to persona `Lonely`.\n");
    });

    it.concurrent('escapes % CR LF in messages and also : , in properties', async () => {
        // The question's text (with a raw CR and an escaped \n) ends up in the message, its line breaks as escapes: a message is one line.
        const root = makeWorkspace({ 'a,b:c%.cjm': 'journey J {\n  stage S {\n    question "Why: 100%, really?\\nOr\rnot"\n  }\n}\n' });
        const { stdout } = await runCli(['lint', '--format', 'github', '.'], { cwd: root });
        const lines = stdout.split('\n');
        expect(lines.at(-1)).toBe('');
        expect(lines.every(line => line === '' || line.startsWith('::'))).toBe(true);
        expect(lines).toContain('::warning file=a%2Cb%3Ac%25.cjm,line=3,col=14,endLine=4,endColumn=5,title=unanswered-question::Question `Why: 100%25, really?\\x0aOr\\x0dnot` has no answer.');
    });
});
