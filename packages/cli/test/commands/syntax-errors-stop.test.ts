import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, RESTAURANT, runCli } from '../run-cli.js';

const MAP = readFileSync(RESTAURANT, 'utf8');
const RUSSIAN = readFileSync(path.resolve(RESTAURANT, '../russian-bank-card/karta.cjm'), 'utf8');

interface LintJson {
    diagnostics: { rule: string }[];
}

/**
 * One rule for every command: what lint calls `syntax` stops fmt, render, export and diff
 * (exit 2, the map untouched), and nothing else does. An attribute written twice parses,
 * yet is as broken as a misspelt keyword: no command may pick one of the two values.
 */
describe.each([
    ['an attribute written twice', MAP.replace(/baseline (\S+)/, 'baseline $1 baseline 13')],
    ['a brace that is not closed', MAP.replace(/\}\s*$/, '')],
    ['a misspelt keyword', MAP.replace('  stage ', '  stgae ')]
])('%s', (_name, broken) => {
    const root = makeWorkspace({ 'broken.cjm': broken, 'clean.cjm': MAP.replace('journey RestaurantVisit', 'journey RestaurantVisit2') });

    it.concurrent('is a syntax error in lint', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'broken.cjm'], { cwd: root });
        expect(code).toBe(1);
        expect(parseJson<LintJson[]>(stdout)[0].diagnostics.map(diagnostic => diagnostic.rule)).toContain('syntax');
    });

    it.concurrent.each([
        ['fmt', ['fmt', 'broken.cjm'], 'cjm: broken.cjm has syntax errors and was left untouched'],
        ['fmt --check', ['fmt', '--check', 'broken.cjm'], 'cjm: broken.cjm has syntax errors and was left untouched'],
        ['render', ['render', 'broken.cjm', '-o', 'out.svg'], 'cjm: broken.cjm has syntax errors; fix them to render it'],
        ['export', ['export', 'broken.cjm', '--format', 'json'], 'cjm: broken.cjm has syntax errors; fix them to export it'],
        ['diff', ['diff', 'clean.cjm', 'broken.cjm'], 'cjm: broken.cjm has syntax errors; fix them to compare']
    ])('stops %s: exit 2, the map untouched', async (_command, args, last) => {
        const { code, stdout, stderr } = await runCli(args, { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/ syntax\n/);
        expect(stderr.trimEnd().split('\n').at(-1)).toBe(last);
        expect(readFileSync(path.join(root, 'broken.cjm'), 'utf8')).toBe(broken);
    });
});

/** A Russian map's stop is said in Russian, after its syntax errors, as lint says them. */
describe('a Russian map that does not parse', () => {
    const broken = RUSSIAN.replace(/\}\s*$/, '');
    const root = makeWorkspace({ 'сломанная.cjm': broken, 'другая.cjm': RUSSIAN });

    it.concurrent.each([
        ['fmt', ['fmt', 'сломанная.cjm'], 'cjm: сломанная.cjm: синтаксические ошибки; файл не изменён'],
        ['render', ['render', 'сломанная.cjm', '-o', 'out.svg'], 'cjm: сломанная.cjm: синтаксические ошибки; исправьте их и запустите cjm render снова'],
        ['diff', ['diff', 'другая.cjm', 'сломанная.cjm'], 'cjm: сломанная.cjm: синтаксические ошибки; исправьте их, чтобы сравнить']
    ])('stops %s in Russian', async (_command, args, last) => {
        const { code, stderr } = await runCli(args, { cwd: root });
        expect(code).toBe(2);
        const lines = stderr.trimEnd().split('\n');
        expect(lines.at(-2)).toMatch(/^\u2716 Проблем: \d+ \(ошибок: \d+, предупреждений: 0\)$/);
        expect(lines.at(-1)).toBe(last);
    });
});
