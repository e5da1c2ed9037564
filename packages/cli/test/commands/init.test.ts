import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';

describe('cjm init', () => {
    it.concurrent('writes a config and a starter map into the current folder and says so', async () => {
        const root = makeWorkspace();
        expect(await runCli(['init'], { cwd: root })).toEqual({ code: 0, stdout: 'wrote cjm.config.json\nwrote journey.cjm\n', stderr: '' });
        expect(parseJson(readFileSync(path.join(root, 'cjm.config.json'), 'utf8'))).toEqual({
            $schema: 'https://cjm.dev/schema/cjm.config.schema.json',
            requiredStages: ['Awareness', 'Consideration', 'Purchase'],
            evidenceMaxAgeDays: 365
        });
        const map = readFileSync(path.join(root, 'journey.cjm'), 'utf8');
        for (const part of ['objective "', 'problem "', 'target ', ' via ', ' for ', 'emotion ', 'target 4%', 'answer "', 'source interview date 2026-10-24']) {
            expect(map).toContain(part);
        }
    });

    it.concurrent('writes a map that then lints clean, with no output', async () => {
        const root = makeWorkspace();
        expect((await runCli(['init'], { cwd: root })).code).toBe(0);
        expect(await runCli(['lint'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('dates the evidence from today, so the map is clean on any day', async () => {
        const root = makeWorkspace();
        const env = { CJM_TODAY: '2031-02-28' };
        expect((await runCli(['init', 'maps'], { cwd: root, env })).code).toBe(0);
        expect(await runCli(['lint', 'maps'], { cwd: root, env })).toEqual({ code: 0, stdout: '', stderr: '' });
        // Without CJM_TODAY both use the real date.
        const other = makeWorkspace();
        expect((await runCli(['init'], { cwd: other, env: { CJM_TODAY: undefined } })).code).toBe(0);
        expect(await runCli(['lint'], { cwd: other, env: { CJM_TODAY: undefined } })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent('creates DIR when it is missing', async () => {
        const root = makeWorkspace();
        expect(await runCli(['init', 'docs/journeys'], { cwd: root })).toEqual({
            code: 0, stdout: 'wrote docs/journeys/cjm.config.json\nwrote docs/journeys/journey.cjm\n', stderr: ''
        });
        expect(existsSync(path.join(root, 'docs/journeys/journey.cjm'))).toBe(true);
    });

    it.concurrent('names the schema of the installed @cjm/cli by a path that resolves from DIR', async () => {
        const installed = 'node_modules/@cjm/cli/cjm.config.schema.json';
        const root = makeWorkspace({ [installed]: '{}\n' });
        for (const [dir, expected] of [['.', `./${installed}`], ['docs/journeys', `../../${installed}`]]) {
            expect((await runCli(['init', dir], { cwd: root })).code).toBe(0);
            const config = parseJson(readFileSync(path.join(root, dir, 'cjm.config.json'), 'utf8')) as { $schema: string };
            expect(config.$schema).toBe(expected);
            expect(existsSync(path.resolve(root, dir, config.$schema))).toBe(true);
        }
    });

    it.concurrent('refuses to overwrite either file, and writes nothing then', async () => {
        const root = makeWorkspace({ 'journey.cjm': '// mine\n' });
        expect(await runCli(['init'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: 'cjm: journey.cjm already exists; cjm init does not overwrite files\n'
        });
        expect(readFileSync(path.join(root, 'journey.cjm'), 'utf8')).toBe('// mine\n');
        expect(existsSync(path.join(root, 'cjm.config.json'))).toBe(false);
    });

    it.concurrent('refuses a second run', async () => {
        const root = makeWorkspace();
        expect((await runCli(['init'], { cwd: root })).code).toBe(0);
        writeFileSync(path.join(root, 'cjm.config.json'), '{}\n');
        expect(await runCli(['init'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: 'cjm: cjm.config.json already exists; cjm init does not overwrite files\n'
        });
        expect(readFileSync(path.join(root, 'cjm.config.json'), 'utf8')).toBe('{}\n');
    });

    it.concurrent('exits 2 when DIR is a file', async () => {
        const root = makeWorkspace({ 'notes.txt': 'hello\n' });
        const { code, stdout, stderr } = await runCli(['init', 'notes.txt'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toBe('cjm: cannot write into notes.txt: notes.txt is not a folder\n');
    });

    it.concurrent('names a file in the way of DIR', async () => {
        const root = makeWorkspace({ 'notes.txt': 'hello\n' });
        expect(await runCli(['init', 'notes.txt/maps'], { cwd: root }))
            .toEqual({ code: 2, stdout: '', stderr: 'cjm: cannot write into notes.txt/maps: notes.txt is not a folder\n' });
    });

    it.concurrent('counts a dangling symbolic link as a file that exists, and writes nothing then', async () => {
        const root = makeWorkspace();
        symlinkSync('elsewhere.cjm', path.join(root, 'journey.cjm'));
        expect(await runCli(['init'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: 'cjm: journey.cjm already exists (a symbolic link); cjm init does not overwrite files\n'
        });
        expect(existsSync(path.join(root, 'cjm.config.json'))).toBe(false);
        expect(existsSync(path.join(root, 'elsewhere.cjm'))).toBe(false);
    });

    it.concurrent('exits 2 for more than one DIR', async () => {
        const { code, stderr } = await runCli(['init', 'a', 'b'], { cwd: makeWorkspace() });
        expect(code).toBe(2);
        expect(stderr).toMatch(/^cjm: too many arguments/);
    });
});
