import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, parseJson, runCli } from '../run-cli.js';

const CLEAN = fixture('clean.cjm');
// One emotion one step up: the one change a reviewer should see.
const EDITED = CLEAN.replace(/emotion (-?\d)/, (_, value: string) => `emotion ${Number(value) === 2 ? 1 : Number(value) + 1}`);

interface JsonDiff {
    changes: { change: string; element: string; path: string; field?: string; from?: unknown; to?: unknown }[];
}

/** Runs git in `cwd` with a throw-away identity, failing loudly. */
function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=cjm test', '-c', 'user.email=test@cjm.dev', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** A repository whose maps/a.cjm is CLEAN in the first commit and EDITED in the second. */
function repository(): string {
    const root = makeWorkspace({ 'maps/a.cjm': CLEAN });
    git(root, 'init', '--quiet');
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'first');
    writeFileSync(path.join(root, 'maps/a.cjm'), EDITED);
    git(root, 'commit', '--quiet', '-am', 'second');
    return root;
}

describe('cjm diff', () => {
    it('compares HEAD~1:FILE with FILE inside a git repository (exit 1, one change)', async () => {
        const root = repository();
        const { code, stdout, stderr } = await runCli(['diff', 'HEAD~1:maps/a.cjm', 'maps/a.cjm', '--format', 'json'], { cwd: root });
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        const { changes } = parseJson<JsonDiff>(stdout);
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({ change: 'changed', element: 'touchpoint', field: 'emotion' });
        expect(changes[0].path.split('.')).toHaveLength(3);
    });

    it('reads REV:./PATH relative to the current folder, and a revision against a revision', async () => {
        const root = repository();
        const relative = await runCli(['diff', 'HEAD~1:./a.cjm', 'a.cjm'], { cwd: path.join(root, 'maps') });
        expect(relative.code).toBe(1);
        expect(relative.stdout).toMatch(/^~ touchpoint «[^»]+» in «[^»]+»: emotion: [-+]?\d → [-+]?\d\n\n1 change: 1 changed\n$/);
        expect((await runCli(['diff', 'HEAD:maps/a.cjm', 'maps/a.cjm'], { cwd: root })).code).toBe(0);
        expect((await runCli(['diff', 'HEAD~1:maps/a.cjm', 'HEAD:maps/a.cjm'], { cwd: root })).code).toBe(1);
    });

    it('equal maps: exit 0, no text output, an empty json list', async () => {
        const root = makeWorkspace({ 'a.cjm': CLEAN, 'b.cjm': `// moved and reformatted\n${CLEAN.replace(/\n {2}/g, '\n    ')}` });
        expect(await runCli(['diff', 'a.cjm', 'b.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        const json = await runCli(['diff', 'a.cjm', 'b.cjm', '--format', 'json'], { cwd: root });
        expect({ code: json.code, changes: parseJson<JsonDiff>(json.stdout).changes }).toEqual({ code: 0, changes: [] });
    });

    it('markdown: a heading naming both sides, the summary and a table', async () => {
        const root = makeWorkspace({ 'a.cjm': CLEAN, 'b.cjm': EDITED });
        const { code, stdout } = await runCli(['diff', 'a.cjm', 'b.cjm', '--format', 'markdown'], { cwd: root });
        expect(code).toBe(1);
        const tokens = marked.lexer(stdout);
        expect(tokens[0]).toMatchObject({ type: 'heading', text: 'Journey map changes: a.cjm → b.cjm' });
        expect(stdout).toContain('**1 change: 1 changed**');
        expect(tokens.some(token => token.type === 'table')).toBe(true);
    });

    it.each([
        [['missing.cjm', 'a.cjm'], /no such file: missing\.cjm/],
        [['HEAD~1:a.cjm', 'a.cjm'], /cannot read HEAD~1:a\.cjm: not a git repository/]
    ])('cannot compare %j: exit 2 with the cause', async (args, message) => {
        const root = makeWorkspace({ 'a.cjm': CLEAN });
        const { code, stdout, stderr } = await runCli(['diff', ...args], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(message);
    });

    it('a bad revision or a path not in it: exit 2 with git\'s reason', async () => {
        const root = repository();
        const bad = await runCli(['diff', 'nope:maps/a.cjm', 'maps/a.cjm'], { cwd: root });
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/^cjm: cannot read nope:maps\/a\.cjm: .*nope/);
        const absent = await runCli(['diff', 'HEAD~1:maps/b.cjm', 'maps/a.cjm'], { cwd: root });
        expect(absent.code).toBe(2);
        expect(absent.stderr).toContain('maps/b.cjm');
    });

    it('a side with syntax errors: exit 2 with the errors', async () => {
        const root = makeWorkspace({ 'a.cjm': CLEAN, 'b.cjm': CLEAN.replace('stage Awareness', 'stage { Awareness') });
        const { code, stdout, stderr } = await runCli(['diff', 'a.cjm', 'b.cjm'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toContain('syntax');
        expect(stderr).toMatch(/cjm: b\.cjm has syntax errors; fix them to compare\n$/);
    });

    describe('a revision is data, never one of git\'s options', () => {
        it('a side beginning with `-` is refused before git runs, and git writes no file', async () => {
            const root = repository();
            const target = path.join(root, 'written-by-git');
            const { code, stdout, stderr } = await runCli(['diff', '--', `--output=${target}:maps/a.cjm`, 'maps/a.cjm'], { cwd: root });
            expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
            expect(stderr).toBe(`cjm: no such file: --output=${target}:maps/a.cjm; and a revision never begins with \`-\`\n`);
            expect(existsSync(`${target}:maps/a.cjm`)).toBe(false);
            expect(existsSync(target)).toBe(false);
        });

        it('git show is given every revision after --end-of-options', async () => {
            const root = repository();
            // A git on the PATH that notes its arguments and hands them to the real one.
            const bin = makeWorkspace({ 'git': `#!/bin/sh\nprintf '%s\\n' "$*" >> "${root}/git-calls"\nexec ${execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()} "$@"\n` });
            chmodSync(path.join(bin, 'git'), 0o755);
            const env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
            expect((await runCli(['diff', 'HEAD~1:maps/a.cjm', 'HEAD:maps/a.cjm'], { cwd: root, env })).code).toBe(1);
            expect((await runCli(['diff', '--', '-p:maps/a.cjm', 'maps/a.cjm'], { cwd: root, env })).code).toBe(2);
            expect(readFileSync(path.join(root, 'git-calls'), 'utf8')).toBe('show --end-of-options HEAD~1:maps/a.cjm\nshow --end-of-options HEAD:maps/a.cjm\n');
        });
    });
});
