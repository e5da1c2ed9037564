import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, TODAY } from '../run-cli.js';
import { DOCS } from './doc-blocks.js';

// The GitHub Actions job of docs/cli.md that describes a pull request's changed maps, run
// offline: its shell step as written (`npx cjm` standing for the built binary) in a
// throw-away repository with a base and a head commit, and its comment script against a
// stand-in for GitHub's API, which records what it would post.
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');
const WORKFLOW = readFileSync(path.join(DOCS, 'github-actions/cjm-diff.yml'), 'utf8');

/** The lines of a `key: |` block of the step named `name`, unindented (a step's `run` is 10 spaces in, `with: script` 12). */
function block(name: string, key: 'run' | 'script'): string {
    const indent = key === 'run' ? 10 : 12;
    const step = new RegExp(`- name: ${name}[\\s\\S]*?${key}: \\|\\n((?: {${indent}}.*\\n|\\n)+)`).exec(WORKFLOW);
    expect(step, `${key} of step "${name}"`).not.toBeNull();
    return step![1].replace(new RegExp(`^ {${indent}}`, 'gm'), '');
}

function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
}

const CLEAN = fixture('clean.cjm');

/** A repository whose base commit has two maps; the head commit edits one, adds one and leaves one alone. */
function pullRequest(): { root: string; base: string } {
    const root = makeWorkspace({ 'maps/edited.cjm': CLEAN, 'maps/same.cjm': CLEAN.replace('journey Onboarding', 'journey Same') });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(path.join(root, 'maps/edited.cjm'), CLEAN.replace(/emotion (-?\d)/, (_, value: string) => `emotion ${Number(value) === 2 ? 1 : Number(value) + 1}`));
    writeFileSync(path.join(root, 'maps/new map.cjm'), CLEAN.replace('journey Onboarding', 'journey Added'));
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'head');
    return { root, base };
}

function describeStep(root: string, base: string): { code: number | null; stderr: string } {
    const summary = path.join(root, '.summary.md');
    const script = block('Describe the changed maps', 'run').replaceAll('npx cjm', `node '${BIN}'`);
    const result = spawnSync('bash', ['-e', '-c', script], {
        cwd: root, encoding: 'utf8', env: { ...process.env, CJM_TODAY: TODAY, BASE: base, GITHUB_STEP_SUMMARY: summary }
    });
    return { code: result.status, stderr: result.stderr };
}

interface Posted {
    created: string[];
    updated: { id: number; body: string }[];
}

/** Runs the comment script with GitHub's API stood in for by the comments already on the pull request. */
async function commentStep(root: string, existing: { id: number; body: string }[]): Promise<Posted> {
    const posted: Posted = { created: [], updated: [] };
    const issues = {
        listComments: 'listComments',
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => posted.updated.push({ id: comment_id, body }),
        createComment: async ({ body }: { body: string }) => posted.created.push(body)
    };
    const github = { rest: { issues }, paginate: async (what: string) => what === 'listComments' ? existing : [] };
    const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
    const files = { readFileSync: (file: string, encoding: 'utf8') => readFileSync(path.join(root, file), encoding) };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction('require', 'github', 'context', block('Post or update the pull-request comment', 'script'))((name: string) => name === 'fs' ? files : undefined, github, context);
    return posted;
}

describe('the pull-request job of docs/cli.md: the changed maps described and drawn', () => {
    it('is shown in docs/cli.md as it is in docs/github-actions/cjm-diff.yml', () => {
        expect(readFileSync(path.join(DOCS, 'cli.md'), 'utf8')).toContain(`\`\`\`yaml\n${WORKFLOW}\`\`\``);
    });

    it('writes one comment with the Markdown diff of every changed map, the same in the job summary, and one page each', () => {
        const { root, base } = pullRequest();
        expect(describeStep(root, base)).toEqual({ code: 0, stderr: '' });
        const comment = readFileSync(path.join(root, 'cjm-diff/comment.md'), 'utf8');
        expect(comment.split('\n')[0]).toBe('<!-- cjm-diff -->');
        expect(comment.match(/^### Journey map changes: .*$/gm)).toEqual([
            `### Journey map changes: ${base}:maps/edited.cjm → maps/edited.cjm`,
            '### Journey map changes: cjm-diff/empty.cjm → maps/new map.cjm'
        ]);
        expect(comment).toContain('**1 change: 1 changed**');
        expect(comment).toMatch(/\| added \| journey «[^»]+» \| added \|/);
        expect(comment).not.toContain('same.cjm');
        expect(readFileSync(path.join(root, '.summary.md'), 'utf8')).toBe(comment);
        expect(readdirSync(path.join(root, 'cjm-diff/pages')).sort()).toEqual(['maps-edited.html', 'maps-new map.html']);
        expect(readFileSync(path.join(root, 'cjm-diff/pages/maps-edited.html'), 'utf8')).toContain('data-cjm-change="changed"');
    });

    it('fails the job when a changed map cannot be compared', () => {
        const { root, base } = pullRequest();
        writeFileSync(path.join(root, 'maps/edited.cjm'), 'journey Broken {');
        git(root, 'commit', '-qam', 'broken');
        const { code, stderr } = describeStep(root, base);
        expect(code).not.toBe(0);
        expect(stderr).toContain('maps/edited.cjm');
    });

    it('posts the comment once, then updates it on every push instead of adding another', async () => {
        const { root, base } = pullRequest();
        describeStep(root, base);
        const body = readFileSync(path.join(root, 'cjm-diff/comment.md'), 'utf8');
        expect(await commentStep(root, [{ id: 1, body: 'Looks good' }])).toEqual({ created: [body], updated: [] });
        expect(await commentStep(root, [{ id: 1, body: 'Looks good' }, { id: 2, body: `<!-- cjm-diff -->\nan older push` }]))
            .toEqual({ created: [], updated: [{ id: 2, body }] });
    });

    it('describes nothing, and leaves no page to upload, when no map changed', () => {
        const { root } = pullRequest();
        const head = git(root, 'rev-parse', 'HEAD');
        rmSync(path.join(root, 'cjm-diff'), { recursive: true, force: true });
        expect(describeStep(root, head)).toEqual({ code: 0, stderr: '' });
        expect(readFileSync(path.join(root, 'cjm-diff/comment.md'), 'utf8')).toBe('<!-- cjm-diff -->\n');
        expect(existsSync(path.join(root, 'cjm-diff/pages')) && readdirSync(path.join(root, 'cjm-diff/pages'))).toEqual([]);
    });
});
