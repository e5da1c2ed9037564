import { describe, expect, it } from 'vitest';
import { fixture, fixtureWorkspace, makeWorkspace, parseJson, runCli } from '../run-cli.js';

interface JsonResult {
    file: string;
    diagnostics: { rule: string; severity: string }[];
}

const rulesOf = (stdout: string) => parseJson<JsonResult[]>(stdout).flatMap(result => result.diagnostics.map(diagnostic => diagnostic.rule));

describe('cjm lint: exit codes', () => {
    it.concurrent('exits 0 and prints nothing for a clean map', async () => {
        expect(await runCli(['lint', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm') })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('exits 1 when there are errors', async () => {
        const { code, stdout, stderr } = await runCli(['lint', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(code).toBe(1);
        expect(stdout).toContain('emotion-range');
        expect(stderr).toBe('');
    });

    it.concurrent('exits 0 when there are only warnings, and shows them', async () => {
        const { code, stdout } = await runCli(['lint', 'warnings.cjm'], { cwd: fixtureWorkspace('warnings.cjm') });
        expect(code).toBe(0);
        expect(stdout).toContain('2 problems (0 errors, 2 warnings)');
    });

    it.concurrent('lints the current folder by default', async () => {
        const root = makeWorkspace({ 'maps/clean.cjm': fixture('clean.cjm') });
        expect(await runCli(['lint'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        expect((await runCli(['lint', '--format', 'json'], { cwd: root })).stdout).toContain('"file": "maps/clean.cjm"');
    });
});

describe('cjm lint --max-warnings', () => {
    it.concurrent('exits 1 when there are more warnings than allowed, and says so', async () => {
        const { code, stdout, stderr } = await runCli(['lint', '--max-warnings', '1', 'warnings.cjm'], { cwd: fixtureWorkspace('warnings.cjm') });
        expect(code).toBe(1);
        expect(stdout).toContain('unanswered-question');
        expect(stderr).toBe('cjm: too many warnings: 2 (--max-warnings 1)\n');
    });

    it.concurrent('exits 0 when the warnings are within the maximum', async () => {
        expect((await runCli(['lint', '--max-warnings', '2', 'warnings.cjm'], { cwd: fixtureWorkspace('warnings.cjm') })).code).toBe(0);
    });

    it.concurrent('exits 1 for errors even with a generous maximum', async () => {
        expect((await runCli(['lint', '--max-warnings', '100', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') })).code).toBe(1);
    });
});

describe('cjm lint --quiet', () => {
    it.concurrent('neither shows nor counts warnings', async () => {
        expect(await runCli(['lint', '--quiet', '--max-warnings', '0', 'warnings.cjm'], { cwd: fixtureWorkspace('warnings.cjm') })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('still shows and counts errors', async () => {
        const { code, stdout } = await runCli(['lint', '--quiet', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(code).toBe(1);
        expect(stdout).not.toMatch(/\d+:\d+ +warning/);
        expect(stdout).toContain('3 problems (3 errors, 0 warnings)');
    });
});

describe('cjm lint: today', () => {
    // clean.cjm was reviewed on 2026-10-01 and measured on 2026-09-30; evidence may be 365 days old.
    const STALE = '2028-01-01';

    it.concurrent('--today dates stale-evidence', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'json', '--today', STALE, 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm') });
        expect(code).toBe(0);
        expect(rulesOf(stdout)).toEqual(['stale-evidence', 'stale-evidence', 'stale-evidence']);
    });

    it.concurrent('CJM_TODAY dates stale-evidence when --today is not given', async () => {
        const { stdout } = await runCli(['lint', '--format', 'json', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm'), env: { CJM_TODAY: STALE } });
        expect(rulesOf(stdout)).toEqual(['stale-evidence', 'stale-evidence', 'stale-evidence']);
    });

    it.concurrent('--today wins over CJM_TODAY', async () => {
        expect(await runCli(['lint', '--today', '2026-11-23', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm'), env: { CJM_TODAY: STALE } })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent.each([
        [['--today', '2026-02-30'], {}, 'cjm: --today: "2026-02-30" is not a calendar date in the form YYYY-MM-DD\n'],
        [['--today', 'tomorrow'], {}, 'cjm: --today: "tomorrow" is not a calendar date in the form YYYY-MM-DD\n'],
        [[], { CJM_TODAY: '2026-13-01' }, 'cjm: CJM_TODAY: "2026-13-01" is not a calendar date in the form YYYY-MM-DD\n']
    ])('rejects a date that is not real: %j %j', async (args, env, message) => {
        expect(await runCli(['lint', ...args, 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm'), env })).toEqual({ code: 2, stdout: '', stderr: message });
    });
});

describe('cjm lint: workspace', () => {
    it.concurrent('resolves references between the files of a folder', async () => {
        expect(await runCli(['lint', 'workspace'])).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('resolves references between files given one by one', async () => {
        expect((await runCli(['lint', 'workspace/journey.cjm', 'workspace/shared.cjm'])).code).toBe(0);
    });

    it.concurrent('resolves one given file against the rest of its workspace, and reports that file only', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'workspace/journey.cjm']);
        expect(code).toBe(0);
        expect(parseJson(stdout)).toEqual([{ file: 'workspace/journey.cjm', diagnostics: [] }]);
    });

    it.concurrent('reports the references a file cannot resolve in its workspace: outside a repository, its own folder only', async () => {
        const root = makeWorkspace({ 'journey.cjm': fixture('workspace/journey.cjm'), 'sub/shared.cjm': fixture('workspace/shared.cjm') });
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'journey.cjm'], { cwd: root });
        expect(code).toBe(1);
        expect(rulesOf(stdout)).toEqual(['unresolved-reference', 'unresolved-reference', 'unresolved-reference']);
    });

    it.concurrent('reports a name declared in two files', async () => {
        const root = makeWorkspace({ 'a.cjm': 'persona P "P"\n', 'b.cjm': 'persona P "P"\n' });
        const { code, stdout } = await runCli(['lint', '--format', 'json', '.'], { cwd: root });
        expect(code).toBe(1);
        expect(rulesOf(stdout)).toContain('duplicate-name');
    });

    it.concurrent('lints a 0-byte file as empty', async () => {
        const root = makeWorkspace({ 'empty.cjm': '' });
        expect(await runCli(['lint', 'empty.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(parseJson(( await runCli(['lint', '--format', 'json', 'empty.cjm'], { cwd: root })).stdout)).toEqual([{ file: 'empty.cjm', diagnostics: [] }]);
    });

    it.concurrent('reads a byte order mark and CRLF line ends', async () => {
        const root = makeWorkspace({ 'crlf.cjm': `\uFEFF${fixture('clean.cjm').replace(/\n/g, '\r\n')}` });
        expect(await runCli(['lint', 'crlf.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});

describe('cjm lint: large and hostile input', () => {
    it.concurrent('lints a clean 5 MB file', async () => {
        const stage = (index: number) => `
  stage S${index} "Stage ${index}" {
    touchpoint T${index} "Step ${index}" via Web for Founder { emotion 1 description "What happens at this step" }
    metric M${index} "Metric ${index}" { baseline 10% target 20% actual 15% measured 2026-09-30 }
    question "What do customers do at step ${index}?" {
      answer "They compare prices and read reviews" source interview date 2026-09-12
    }
  }
`;
        const journey = (index: number) => `journey J${index} {
  objective "Raise conversion"
  problem "Customers cannot see value"
  target Founder
${Array.from({ length: 40 }, (_, at) => stage(at)).join('')}}
`;
        const text = `persona Founder "Founder"\nchannel Web "Website" online\n${Array.from({ length: 350 }, (_, index) => journey(index)).join('\n')}`;
        expect(text.length).toBeGreaterThan(5_000_000);
        const root = makeWorkspace({ 'big.cjm': text });
        expect(await runCli(['lint', 'big.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent.each([
        ['100,000 open braces', '{'.repeat(100_000)],
        ['an unterminated string', `journey J "${'x'.repeat(100_000)}`],
        ['deeply nested stages', `journey J {${' stage S {'.repeat(50_000)}`],
        ['an unterminated block comment', `/* ${'x'.repeat(100_000)}`]
    ])('reports %s as syntax errors without a stack overflow', async (_name, text) => {
        const root = makeWorkspace({ 'hostile.cjm': text });
        const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', 'hostile.cjm'], { cwd: root });
        expect(stderr).toBe('');
        expect(code).toBe(1);
        expect(rulesOf(stdout)).toContain('syntax');
    });
});

describe('cjm lint: colour', () => {
    it.concurrent('writes no ANSI escapes when standard output is not a terminal', async () => {
        const { stdout } = await runCli(['lint', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(stdout).toContain('error');
        expect(stdout).not.toContain('\x1b[');
    });
});
