import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, RESTAURANT, runCli } from './run-cli.js';

const FIXTURE_CLEAN = path.join(FIXTURES, 'clean.cjm');

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('cjm', () => {
    it.concurrent.each([['--version'], ['-v']])('%s prints the version of the package', async flag => {
        expect(await runCli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });

    it.concurrent('--help lists the commands and the global options', async () => {
        const { code, stdout, stderr } = await runCli(['--help']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toMatch(/^Usage: cjm \[options\] \[command\]/);
        expect(stdout).toMatch(/^ {2}lint \[options\] \[paths\.\.\.\] /m);
        expect(stdout).toMatch(/^ {2}init \[dir\] /m);
        expect(stdout).toMatch(/^ {2}lsp \[options\] /m);
        for (const flag of ['--version', '--help', '--debug']) {
            expect(stdout).toContain(flag);
        }
    });

    it.concurrent('lint --help lists every lint option', async () => {
        const { code, stdout } = await runCli(['lint', '--help']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^Usage: cjm lint \[options\] \[paths\.\.\.\]/);
        for (const flag of ['--format <format>', '"stylish"', '"json"', '"sarif"', '"github"', '--max-warnings <n>', '--config <file>', '--today <date>', '--quiet', '--debug']) {
            expect(stdout).toContain(flag);
        }
    });

    it.concurrent('init --help describes init', async () => {
        const { code, stdout } = await runCli(['init', '--help']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^Usage: cjm init \[options\] \[dir\]/);
    });

    it.concurrent('help COMMAND prints that command\'s help, as COMMAND --help does', async () => {
        const help = await runCli(['help', 'render']);
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/^Usage: cjm render /);
        expect(help).toEqual(await runCli(['render', '--help']));
        expect((await runCli(['help'])).stdout).toMatch(/^ {2}help \[command\] /m);
    });

    it.concurrent('without a command prints the help on stderr and exits 2', async () => {
        const { code, stdout, stderr } = await runCli([]);
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^Usage: cjm /);
    });

    it.concurrent('an unknown command exits 2 and suggests the nearest one', async () => {
        expect(await runCli(['lnit', 'map.cjm'])).toEqual({ code: 2, stdout: '', stderr: "cjm: unknown command 'lnit'\n(Did you mean one of init, lint?)\n" });
    });
});

// /dev/full accepts the open and fails every write with ENOSPC: a full disk behind standard output.
describe.skipIf(!existsSync('/dev/full'))('a standard output that cannot be written', () => {
    it.concurrent.each([
        ['lint --format json', ['lint', '--format', 'json', RESTAURANT]],
        ['render', ['render', RESTAURANT]],
        ['render --format png', ['render', '--format', 'png', RESTAURANT]],
        ['export', ['export', '--format', 'mermaid', RESTAURANT]],
        ['fmt --stdout', ['fmt', '--stdout', RESTAURANT]],
        ['diff', ['diff', RESTAURANT, FIXTURE_CLEAN]]
    ])('%s exits 2 and says so in one line on stderr, with no stack trace', async (_name, args) => {
        expect(await runCli(args, { stdoutFile: '/dev/full' })).toEqual({
            code: 2, stdout: '', stderr: 'cjm: cannot write to standard output: no space left on the device\n'
        });
    });

    it.concurrent('a lint with findings still exits 2: the findings never reached their reader', async () => {
        const { code } = await runCli(['lint', '--format', 'json', 'warnings.cjm'], { stdoutFile: '/dev/full' });
        expect(code).toBe(2);
    });

    it.concurrent('an unwritable standard error is exit 2 as well, with nothing thrown', async () => {
        expect(await runCli(['lint', 'no-such-map.cjm'], { stderrFile: '/dev/full' })).toEqual({ code: 2, stdout: '', stderr: '' });
    });
});
