/**
 * Linting some files of a workspace, as CI jobs and git hooks do: references resolve
 * against each file's workspace (the nearest cjm.config.json folder, else the repository
 * root, else the file's own folder), and only the given files are reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, parseJson, runCli, TODAY } from '../run-cli.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(HERE, '../../bin/cjm.js');
const EXAMPLE_WORKSPACE = path.resolve(HERE, '../../../../examples/workspace');

const SHARED = fixture('workspace/shared.cjm');
const JOURNEY = fixture('workspace/journey.cjm');

/** Runs git in `cwd` as a user would, with an identity so that commits work anywhere. */
function git(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync('git', ['-c', 'user.name=Map Author', '-c', 'user.email=author@example.com', '-c', 'init.defaultBranch=main', ...args], {
        cwd, encoding: 'utf8', env: { ...process.env, CJM_TODAY: TODAY, NO_COLOR: undefined }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A git repository whose maps live in maps/, committed: shared personas in one file, a journey in another. */
function repository(): string {
    const root = makeWorkspace({ 'maps/shared.cjm': SHARED, 'maps/onboarding.cjm': JOURNEY, 'README.md': '# Maps\n' });
    expect(git(root, 'init', '--quiet').status).toBe(0);
    git(root, 'add', '.');
    expect(git(root, 'commit', '--quiet', '-m', 'Maps').status).toBe(0);
    return root;
}

describe('cjm lint FILE: one file of a workspace', () => {
    it.concurrent('exits 0 on a file of the clean multi-file example, and reports that file only', async () => {
        const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', 'onboarding.cjm'], { cwd: EXAMPLE_WORKSPACE });
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(parseJson(stdout)).toEqual([{ file: 'onboarding.cjm', diagnostics: [] }]);
    });

    it.concurrent('reports a file\'s own problems, not those of the rest of its workspace', async () => {
        const root = makeWorkspace({
            'cjm.config.json': '{}',
            'shared.cjm': SHARED,
            'journey.cjm': JOURNEY.replace('for Founder', 'for Foundr'),
            'team/other.cjm': 'persona Lonely "Nobody refers to me"\n'
        });
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'shared.cjm'], { cwd: root });
        expect(code).toBe(0);
        expect(parseJson(stdout)).toEqual([{ file: 'shared.cjm', diagnostics: [] }]);
    });

    it.concurrent('reads the repository around a file, but not node_modules, dot folders or a nested workspace', async () => {
        const root = makeWorkspace({
            '.git/': '',
            'maps/journey.cjm': JOURNEY,
            'people/shared.cjm': SHARED,
            // Each of these would make Founder a duplicate name if it were read.
            'node_modules/pkg/copy.cjm': SHARED,
            '.cache/copy.cjm': SHARED,
            'team/cjm.config.json': '{}',
            'team/copy.cjm': SHARED
        });
        expect(await runCli(['lint', 'maps/journey.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});

describe('CI and git hooks', () => {
    it.concurrent('a GitHub Actions job linting the changed files: annotations for the changed file only', async () => {
        const root = repository();
        writeFileSync(path.join(root, 'maps/onboarding.cjm'), JOURNEY.replace('for Founder', 'for Foundr'));
        const changed = git(root, 'diff', '--name-only', 'HEAD', '--', '*.cjm').stdout.split('\n').filter(Boolean);
        expect(changed).toEqual(['maps/onboarding.cjm']);
        const { code, stdout, stderr } = await runCli(['lint', '--format', 'github', ...changed], { cwd: root });
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        expect(stdout).toBe([
            '::warning file=maps/onboarding.cjm,line=5,col=10,endLine=5,endColumn=17,title=uncovered-persona::'
            + 'Target persona `Founder` is not the persona of any touchpoint (`for`) in journey `Onboarding`.',
            '::error file=maps/onboarding.cjm,line=8,col=51,endLine=8,endColumn=57,title=unresolved-reference::'
            + 'No persona `Foundr` in journey `Onboarding` or the workspace: perhaps `Founder`.',
            ''
        ].join('\n'));
    });

    it.concurrent('the same job passes when the changed file is clean, although it uses the personas of another file', async () => {
        const root = repository();
        writeFileSync(path.join(root, 'maps/onboarding.cjm'), JOURNEY.replace('{ emotion 1 }', '{ emotion 2 }'));
        const changed = git(root, 'diff', '--name-only', 'HEAD', '--', '*.cjm').stdout.split('\n').filter(Boolean);
        expect(await runCli(['lint', '--format', 'github', ...changed], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('a pre-commit hook given the staged maps stops a broken commit and lets a clean one through', () => {
        const root = repository();
        const hook = path.join(root, '.git/hooks/pre-commit');
        mkdirSync(path.dirname(hook), { recursive: true });
        // As a pre-commit framework hook or lint-staged runs it: the staged maps as arguments.
        writeFileSync(hook, `#!/bin/sh\nfiles=$(git diff --cached --name-only --diff-filter=ACM -- '*.cjm')\n[ -z "$files" ] || exec "${process.execPath}" "${BIN}" lint $files\n`, { mode: 0o755 });

        writeFileSync(path.join(root, 'maps/onboarding.cjm'), JOURNEY.replace('via Web', 'via Wbe'));
        git(root, 'add', 'maps/onboarding.cjm');
        const refused = git(root, 'commit', '-m', 'Typo');
        expect(refused.status).toBe(1);
        // git shows a hook's output on its standard error.
        expect(refused.stderr).toContain('maps/onboarding.cjm\n  8:43  error  No channel `Wbe` in journey `Onboarding` or the workspace: perhaps `Web`.');
        expect(refused.stderr).not.toContain('shared.cjm');

        writeFileSync(path.join(root, 'maps/onboarding.cjm'), JOURNEY.replace('{ emotion 1 }', '{ emotion 2 }'));
        git(root, 'add', 'maps/onboarding.cjm');
        expect(git(root, 'commit', '--quiet', '-m', 'Happier landing').status).toBe(0);
    });
});

describe('cjm lint --stdin --stdin-filename PATH', () => {
    it.concurrent('lints standard input as PATH: in its workspace, instead of the file on disk, reported under its name', async () => {
        const root = repository();
        const input = JOURNEY.replace('for Founder', 'for Foundr');
        const { code, stdout } = await runCli(['lint', '--format', 'json', '--stdin', '--stdin-filename', 'maps/onboarding.cjm'], { cwd: root, input });
        expect(code).toBe(1);
        const [result] = parseJson<Array<{ file: string; diagnostics: Array<{ rule: string; message: string }> }>>(stdout);
        expect(result.file).toBe('maps/onboarding.cjm');
        expect(result.diagnostics.map(({ rule }) => rule)).toEqual(['uncovered-persona', 'unresolved-reference']);
        // The file on disk stays as it was.
        expect(readFileSync(path.join(root, 'maps/onboarding.cjm'), 'utf8')).toBe(JOURNEY);
    });

    it.concurrent('lints unsaved text of a file that does not exist yet, with the names of its workspace', async () => {
        const root = repository();
        const input = JOURNEY.replace('journey Onboarding', 'journey Renewal');
        expect(await runCli(['lint', '--stdin', '--stdin-filename', 'maps/renewal.cjm'], { cwd: root, input })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it.concurrent.each([
        [['--stdin'], 'cjm: --stdin needs --stdin-filename PATH: the file the text stands for\n'],
        [['--stdin-filename', 'a.cjm'], 'cjm: --stdin-filename goes with --stdin\n'],
        [['--stdin', '--stdin-filename', 'a.cjm', 'b.cjm'], 'cjm: --stdin lints standard input only; give no files or folders\n'],
        [['--stdin', '--stdin-filename', 'notes.txt'], 'cjm: --stdin-filename: notes.txt is not a .cjm file\n']
    ])('refuses %j (exit 2)', async (args, message) => {
        expect(await runCli(['lint', ...args], { cwd: makeWorkspace(), input: '' })).toEqual({ code: 2, stdout: '', stderr: message });
    });
});

describe('render and export read FILE\'s workspace only', () => {
    const files = {
        'maps/journey.cjm': JOURNEY,
        'maps/shared.cjm': SHARED,
        // Not UTF-8: reading it would stop the command.
        'maps/old/broken.cjm': new Uint8Array([0x6a, 0xff, 0xfe, 0x0a])
    };

    it.concurrent('outside a repository, a file in a big folder is drawn without reading the subfolders', async () => {
        const root = makeWorkspace(files);
        const { code, stdout, stderr } = await runCli(['render', 'maps/journey.cjm'], { cwd: root });
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toMatch(/^<svg/);
        expect((await runCli(['export', '--format', 'mermaid', 'maps/journey.cjm'], { cwd: root })).code).toBe(0);
    });

    it.concurrent('inside a repository, the whole repository is the workspace', async () => {
        const root = makeWorkspace({ ...files, '.git/': '' });
        expect(await runCli(['render', 'maps/journey.cjm'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: maps/old/broken.cjm is not UTF-8 text\n' });
    });
});
