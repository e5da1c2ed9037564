import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, TODAY } from '../run-cli.js';
import { codeBlocks } from './doc-blocks.js';

// The git hook and the GitHub Actions step of docs/cli.md, run as written, with `npx cjm`
// standing for the built binary, in a throw-away repository.
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');
const recipes = codeBlocks('cli.md');
const hook = recipes.find(block => block.text.startsWith('#!/bin/sh'))!.text;
const workflow = recipes.find(block => block.text.startsWith('# .github/workflows/'))!.text;
/** The shell script of the workflow step that lints the changed maps. */
const changedStep = /- name: Lint the changed maps[\s\S]*?run: \|\n((?: {10}.*\n)+)/.exec(workflow)![1].replace(/^ {10}/gm, '');

const withBinary = (script: string): string => script.replaceAll('npx cjm', `node '${BIN}'`);

function sh(script: string, cwd: string, env: Record<string, string> = {}): { code: number | null; output: string } {
    const result = spawnSync('sh', ['-c', withBinary(script)], { cwd, encoding: 'utf8', env: { ...process.env, CJM_TODAY: TODAY, ...env } });
    return { code: result.status, output: result.stdout + result.stderr };
}

function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
}

/** A fixture's journey without its persona and channel, which the repository declares once in shared.cjm. */
function journeyOnly(name: string, journey: string): string {
    return fixture(name).replace(/^(persona|channel) .*\n/gm, '').replace('journey Onboarding', `journey ${journey}`);
}

/**
 * A repository whose first commit holds one workspace of three maps: the shared persona and
 * channel, a clean journey and a journey with errors that use them.
 */
function repository(): string {
    const root = makeWorkspace({
        'maps/shared.cjm': 'persona Founder "Early-stage founder"\nchannel Web "Website" online\n',
        'maps/clean.cjm': journeyOnly('clean.cjm', 'Onboarding'),
        'maps/broken.cjm': journeyOnly('broken.cjm', 'Trial')
    });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'maps');
    return root;
}

describe('the plain git pre-commit hook of docs/cli.md', () => {
    it('lets a commit through when no map is staged, without running cjm', () => {
        const root = repository();
        expect(sh(hook, root)).toEqual({ code: 0, output: '' });
    });

    it('lets a commit of a clean map through', () => {
        const root = repository();
        git(root, 'mv', 'maps/clean.cjm', 'maps/still clean.cjm');
        expect(sh(hook, root)).toEqual({ code: 0, output: '' });
    });

    it('stops a commit of a map with errors, reporting only the staged map', () => {
        const root = repository();
        git(root, 'mv', 'maps/broken.cjm', 'maps/renamed.cjm');
        const { code, output } = sh(hook, root);
        expect(code).toBe(1);
        expect(output).toContain('maps/renamed.cjm');
        expect(output).toContain('emotion-range');
        // The shared persona and channel resolve from shared.cjm, which is not reported.
        expect(output).not.toMatch(/unresolved-reference.*(Founder|Web)|shared\.cjm|clean\.cjm/);
    });
});

describe('the GitHub Actions step of docs/cli.md that lints the changed maps', () => {
    it('annotates the maps changed since the base commit, and fails on errors', () => {
        const root = repository();
        const base = git(root, 'rev-parse', 'HEAD');
        git(root, 'mv', 'maps/broken.cjm', 'maps/changed.cjm');
        git(root, 'commit', '-qm', 'rename');
        const { code, output } = sh(changedStep, root, { BASE: base });
        expect(code).not.toBe(0);
        expect(output).toMatch(/^::error file=maps\/changed\.cjm,line=8,col=69,endLine=8,endColumn=70,title=emotion-range::/m);
        expect(output).not.toContain('clean.cjm');
    });

    it('does nothing when no map changed', () => {
        const root = repository();
        const base = git(root, 'rev-parse', 'HEAD');
        git(root, 'commit', '-q', '--allow-empty', '-m', 'nothing');
        expect(sh(changedStep, root, { BASE: base })).toEqual({ code: 0, output: '' });
    });
});
