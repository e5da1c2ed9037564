import { describe, expect, it } from 'vitest';
import { fixture, fixtureWorkspace, HAS_TERMINAL, makeWorkspace, runCli, runCliInTerminal } from '../run-cli.js';

const BROKEN = `broken.cjm
  5:9    warning  Journey \`Onboarding\` has no problem.                         journey-needs-problem
  9:9    error    Stage \`Awareness\` has no metric with a target.               stage-needs-metric
  10:69  error    Emotion 3 is not an integer from -2 to +2.                   emotion-range
  11:42  error    No channel \`Mail\` in journey \`Onboarding\` or the workspace.  unresolved-reference
  12:12  warning  Metric \`Visits\` has no target.                               metric-needs-target
`;

describe('--format stylish (the default)', () => {
    it.concurrent('prints aligned rows per file and a summary', async () => {
        const { code, stdout } = await runCli(['lint', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(code).toBe(1);
        expect(stdout).toBe(`${BROKEN}\n\u2716 5 problems (3 errors, 2 warnings)\n`);
    });

    it.concurrent('prints nothing for a clean map', async () => {
        expect(await runCli(['lint', '--format', 'stylish', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm') })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('separates files by a blank line, skips clean files and sums up once', async () => {
        const root = makeWorkspace({ 'maps/broken.cjm': fixture('broken.cjm'), 'maps/empty.cjm': '', 'maps/lonely.cjm': 'persona Lonely "Nobody refers to me"\n' });
        const { stdout } = await runCli(['lint', 'maps'], { cwd: root });
        expect(stdout).toBe(`maps/${BROKEN}
maps/lonely.cjm
  1:9  warning  No touchpoint or journey target refers to persona \`Lonely\`.  unused-persona

\u2716 6 problems (3 errors, 3 warnings)
`);
    });

    it.concurrent('counts infos in the summary when there are some', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "rules": { "unused-persona": "info" } }', 'lonely.cjm': 'persona Lonely "Nobody refers to me"\n' });
        const { code, stdout } = await runCli(['lint', '.'], { cwd: root });
        expect(code).toBe(0);
        expect(stdout).toBe(`lonely.cjm
  1:9  info  No touchpoint or journey target refers to persona \`Lonely\`.  unused-persona

\u2716 1 problem (0 errors, 0 warnings, 1 info)
`);
    });

    it.concurrent('has no colour when standard output is not a terminal', async () => {
        expect((await runCli(['lint', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') })).stdout).not.toContain('\x1b');
    });

    it.skipIf(!HAS_TERMINAL)('is coloured on a terminal', async () => {
        const { code, stdout } = await runCliInTerminal(['lint', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(code).toBe(1);
        expect(stdout).toContain('\x1b[31merror');
        expect(stdout).toContain('\x1b[1;31m\u2716 5 problems');
    });

    it.skipIf(!HAS_TERMINAL)('has no colour on a terminal when NO_COLOR is set', async () => {
        const { code, stdout } = await runCliInTerminal(['lint', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm'), env: { NO_COLOR: '1' } });
        expect(code).toBe(1);
        expect(stdout).toContain('5 problems');
        expect(stdout).not.toContain('\x1b');
    });
});
