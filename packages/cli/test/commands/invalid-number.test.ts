import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';

// Numbers beyond a double (400 digits): an error at the number, and no command carries
// Infinity, NaN or null for it.

const SHIPPED_SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cjm.export.schema.json');

function map(target: string): string {
    return `journey J "Checkout" {
  stage S "Pay" {
    touchpoint T "Pays" { emotion ${'9'.repeat(400)} }
    metric M "Paid orders" { baseline 1 target ${target} }
  }
}
`;
}

describe('a number of 400 digits', () => {
    const root = makeWorkspace({ 'a.cjm': map('9'.repeat(400)), 'b.cjm': map('8'.repeat(400)) });

    it.concurrent('is an invalid-number error at the number in lint', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'a.cjm'], { cwd: root });
        expect(code).toBe(1);
        const [file] = parseJson<Array<{ diagnostics: Array<{ rule: string; line: number; column: number }> }>>(stdout);
        expect(file.diagnostics.filter(diagnostic => diagnostic.rule === 'invalid-number').map(({ line, column }) => [line, column])).toEqual([[3, 35], [4, 48]]);
    });

    it.concurrent('is left out of the JSON export, which still meets its schema', async () => {
        const { stdout } = await runCli(['export', 'a.cjm', '--format', 'json'], { cwd: root });
        expect(stdout).not.toMatch(/null|Infinity|NaN/);
        const validate = new Ajv({ strict: true, allErrors: true }).compile(parseJson<object>(readFileSync(SHIPPED_SCHEMA, 'utf8')));
        expect(validate(parseJson(stdout)), JSON.stringify(validate.errors)).toBe(true);
    });

    it.concurrent('never reaches the picture or the Markdown report as Infinity', async () => {
        const svg = await runCli(['render', 'a.cjm'], { cwd: root });
        expect(svg.stdout).toContain('<svg');
        expect(svg.stdout).not.toMatch(/Infinity|NaN/);
        const markdown = await runCli(['export', 'a.cjm', '--format', 'markdown'], { cwd: root });
        expect(markdown.stdout).not.toMatch(/Infinity|NaN/);
    });

    it.concurrent('makes diff refuse to compare instead of calling two different targets equal', async () => {
        const { code, stdout, stderr } = await runCli(['diff', 'a.cjm', 'b.cjm'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toContain('invalid-number');
        expect(stderr.trimEnd().split('\n').at(-1)).toBe('cjm: a.cjm and b.cjm have syntax or number errors; fix them to compare');
    });
});
