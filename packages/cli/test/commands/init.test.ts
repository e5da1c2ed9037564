import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../../examples');

/** Every finding of `cjm lint --format json` in `root`, as `FILE LINE:COL RULE MESSAGE`, and the exit code. */
async function findings(root: string): Promise<{ code: number | null; lines: string[] }> {
    const { code, stdout } = await runCli(['lint', '--format', 'json', '.'], { cwd: root });
    const results = parseJson<Array<{ file: string; diagnostics: Array<{ rule: string; message: string; line: number; column: number }> }>>(stdout);
    return { code, lines: results.flatMap(({ file, diagnostics }) => diagnostics.map(({ line, column, rule, message }) => `${file} ${line}:${column} ${rule} ${message}`)) };
}

/** A team's map without a config: it declares the names the starter uses, and none of its stages. */
const TEAM_MAP = `persona Customer "Returning customer"
channel Web "Website" online
channel Email "Email" online
channel Search "Search engines" online

journey FirstPurchase "Their first purchase" {
  objective "Sell more"
  problem "Hard to buy"
  target Customer
  stage Browse "Browse" {
    touchpoint Home "Home page" via Web, Email, Search for Customer { emotion 1 }
    metric Visits "Visits" { target 100 }
    question "Why do they come?" { answer "Ads" source analytics date 2026-10-01 }
  }
  stage Empty "Nothing yet" { }
}
`;

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
        for (const [dir, expected] of [['.', `./${installed}`], ['docs/journeys', `../../${installed}`]]) {
            const root = makeWorkspace({ [installed]: '{}\n' });
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
            code: 2, stdout: '', stderr: 'cjm: journey.cjm already exists; cjm init does not overwrite files\n'
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

    describe('beside the maps a team already has', () => {
        it.concurrent('adds no duplicate names and requires no stages the team\'s map lacks: the findings stay exactly as they were', async () => {
            const root = makeWorkspace({ 'theirs.cjm': TEAM_MAP });
            const before = await findings(root);
            expect(before.lines.length).toBeGreaterThan(0);
            expect(await runCli(['init'], { cwd: root })).toEqual({ code: 0, stdout: 'wrote cjm.config.json\nwrote journey.cjm\n', stderr: '' });
            expect(await findings(root)).toEqual(before);
            expect(parseJson(readFileSync(path.join(root, 'cjm.config.json'), 'utf8'))).toEqual({ $schema: 'https://cjm.dev/schema/cjm.config.schema.json', evidenceMaxAgeDays: 365 });
            const map = readFileSync(path.join(root, 'journey.cjm'), 'utf8');
            expect(map).toContain('journey FirstPurchase2 "First purchase" {');
            expect(map).not.toMatch(/^(persona|channel) /m);
        });

        it.concurrent('requires the starter\'s stages when the maps below DIR have them in order', async () => {
            const root = makeWorkspace({ 'maps/theirs.cjm': TEAM_MAP.replace('stage Browse "Browse"', 'stage Awareness "Awareness"').replace('stage Empty "Nothing yet" { }', 'stage Consideration { }\n  stage Purchase { }') });
            expect((await runCli(['init', 'maps'], { cwd: root })).code).toBe(0);
            expect(parseJson<{ requiredStages: string[] }>(readFileSync(path.join(root, 'maps/cjm.config.json'), 'utf8')).requiredStages).toEqual(['Awareness', 'Consideration', 'Purchase']);
        });

        it.concurrent('keeps a config that applies to DIR, and writes the stages it requires, with evidence inside its age limit', async () => {
            const config = JSON.stringify({ requiredStages: ['Discover', 'Book', 'Visit', 'Pay'], evidenceMaxAgeDays: 10, rules: { 'touchpoint-needs-channel': 'error' } });
            const root = makeWorkspace({ 'cjm.config.json': config });
            expect(await runCli(['init', 'team/new'], { cwd: root })).toEqual({
                code: 0, stdout: 'wrote team/new/journey.cjm\nkept cjm.config.json, which applies to the new map\n', stderr: ''
            });
            expect(readdirSync(path.join(root, 'team/new'))).toEqual(['journey.cjm']);
            expect(readFileSync(path.join(root, 'team/new/journey.cjm'), 'utf8').match(/^ {2}stage \S+/gm)).toEqual(['  stage Discover', '  stage Book', '  stage Visit', '  stage Pay']);
            expect(await findings(root)).toEqual({ code: 0, lines: [] });
        });

        it('in a folder beside each example, and in the examples\' workspace: the examples lint with exactly the findings they had', async () => {
            const root = makeWorkspace();
            cpSync(EXAMPLES, root, { recursive: true });
            const before = await findings(root);
            const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.cjm') || !name.includes('.')).sort();
            expect(examples.length).toBeGreaterThan(4);
            for (const example of examples) {
                expect((await runCli(['init', `${example.replace(/\.cjm$/, '')}-next`], { cwd: root })).code, example).toBe(0);
            }
            // The examples' own workspace has a config that requires its stages.
            expect((await runCli(['init', 'workspace'], { cwd: root })).stdout).toBe('wrote workspace/journey.cjm\nkept workspace/cjm.config.json, which applies to the new map\n');
            expect(await findings(root)).toEqual(before);
            expect(readFileSync(path.join(root, 'workspace/journey.cjm'), 'utf8')).toContain('  stage Before "Before" {');
        }, 120_000); // Nine runs of the CLI, one after the other: each init must see the starters before it.
    });
});
