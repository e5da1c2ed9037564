import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, TODAY } from '../run-cli.js';
import { codeBlocks } from './doc-blocks.js';

// The GitHub Pages workflow of docs/site.md (docs/github-actions/cjm-site.yml): every `run`
// command of it, as written, in a throw-away repository of maps, with `npx cjm` standing
// for the built binary. The `uses:` steps (checkout, upload, deploy) are GitHub's own.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(HERE, '../../bin/cjm.js');
const WORKFLOW = readFileSync(path.resolve(HERE, '../../../../docs/github-actions/cjm-site.yml'), 'utf8');
const EXAMPLE = readFileSync(path.resolve(HERE, '../../../../examples/restaurant-visit.cjm'), 'utf8');

/** The shell commands of the workflow's `run:` steps, one-liners and blocks, in order. */
function runCommands(workflow: string): string[] {
    const commands: string[] = [];
    for (const match of workflow.matchAll(/^( *)(?:- )?run: (\|\n((?:\1 {2,}.*\n)+)|(.+)\n)/gm)) {
        commands.push(match[4] ?? match[3].replace(new RegExp(`^${match[1]} {4}`, 'gm'), '').replace(/^ +/gm, ''));
    }
    return commands;
}

function git(cwd: string, ...args: string[]): void {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
}

describe('the GitHub Pages workflow of docs/site.md', () => {
    it('is shown in docs/site.md as it is in the file', () => {
        expect(codeBlocks('site.md').map(block => block.text)).toContain(WORKFLOW);
    });

    it('builds the site into _site from a repository of maps', () => {
        const commands = runCommands(WORKFLOW);
        expect(commands).toEqual(['npm ci', 'npx cjm site . -o _site\ntouch _site/.nojekyll\n']);
        const root = makeWorkspace({ 'maps/visit.cjm': EXAMPLE, 'package.json': '{ "name": "maps", "private": true }\n' });
        git(root, 'init', '-q');
        git(root, 'add', '.');
        git(root, 'commit', '-qm', 'maps');
        // `npm ci` installs cjm in the user's repository; here the built binary stands for it.
        const script = commands.filter(command => command !== 'npm ci').join('\n').replaceAll('npx cjm', `node '${BIN}'`);
        const result = spawnSync('sh', ['-ec', script], { cwd: root, encoding: 'utf8', env: { ...process.env, CJM_TODAY: TODAY } });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout + result.stderr).toBe('');
        for (const file of ['index.html', 'journeys/RestaurantVisit.html', 'assets/site.js', '.nojekyll']) {
            expect(existsSync(path.join(root, '_site', file)), file).toBe(true);
        }
    }, 60_000);
});
