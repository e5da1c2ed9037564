import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

// Map text printed to a terminal never drives it: no escape sequence from a map, a unit,
// a syntax error or a file name reaches stdout or stderr as raw bytes.

const ATTACK = '\x1b]0;PWNED\x07\x1b[2J\x1b[31mred';
const SHOWN = '\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mred';
/** A raw control character other than tab and newline, or a bidi override. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const STAGE_BODY = `    touchpoint T "t" via Web { emotion 1 }
    metric M { baseline 1 target 2 "${ATTACK}" }`;

function map(body: string): string {
    return `channel Web "Website" online\n\njourney J "t" {\n  stage S {\n${body}\n    question "${ATTACK}"\n  }\n}\n`;
}

describe('map text in human-readable output', () => {
    const root = makeWorkspace({ 'map.cjm': map(STAGE_BODY), 'broken.cjm': `journey J2 "t" {\n  ${ATTACK}\n` });

    it.concurrent.each([['stylish'], ['github']])('lint --format %s shows a question and a unit with escapes visible', async format => {
        const { stdout } = await runCli(['lint', '--format', format, 'map.cjm'], { cwd: root });
        expect(stdout).not.toMatch(RAW_CONTROL);
        expect(stdout).toContain(SHOWN);
        expect(stdout).toContain('metric-unit-mismatch');
    });

    it.concurrent.each([['stylish'], ['github']])('lint --format %s shows parser and lexer errors with escapes visible', async format => {
        const { stdout } = await runCli(['lint', '--format', format, 'broken.cjm'], { cwd: root });
        expect(stdout).toContain('syntax');
        expect(stdout).not.toMatch(RAW_CONTROL);
    });

    it.concurrent.each([['fmt', 'broken.cjm'], ['render', 'broken.cjm'], ['export', 'broken.cjm', '--format', 'markdown']])('%s reports syntax errors on stderr with escapes visible', async (...args) => {
        const { code, stderr } = await runCli(args, { cwd: root });
        expect(code).toBe(2);
        expect(stderr).toContain('broken.cjm');
        expect(stderr).not.toMatch(RAW_CONTROL);
    });

    it.concurrent.each([['json'], ['sarif']])('lint --format %s carries the messages already escaped, for whatever prints them next (jq -r, a CI log)', async format => {
        const { stdout } = await runCli(['lint', '--format', format, 'map.cjm'], { cwd: root });
        const messages = format === 'json'
            ? (JSON.parse(stdout) as { diagnostics: { message: string }[] }[]).flatMap(result => result.diagnostics.map(diagnostic => diagnostic.message))
            : (JSON.parse(stdout) as { runs: { results: { message: { text: string } }[] }[] }).runs.flatMap(run => run.results.map(result => result.message.text));
        expect(messages.join('\n')).toContain(SHOWN);
        for (const message of messages) {
            expect(message).not.toMatch(RAW_CONTROL);
        }
    });

    it.concurrent('shows a file name with control characters visibly, in stylish output and on stderr', async () => {
        const name = 'evil\x1b[2J\u202e.cjm';
        const dir = makeWorkspace({ [name]: map(STAGE_BODY) });
        const lint = await runCli(['lint', name], { cwd: dir });
        expect(lint.stdout).toContain('evil\\x1b[2J\\u202e.cjm');
        expect(lint.stdout).not.toMatch(RAW_CONTROL);
        const missing = await runCli(['lint', 'gone\x1b[2J.cjm'], { cwd: dir });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('gone\\x1b[2J.cjm');
        expect(missing.stderr).not.toMatch(RAW_CONTROL);
    });
});
