import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, parseJson, RESTAURANT, restaurantWorkspace, runCli, twoJourneys } from '../run-cli.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The schema as the CLI package ships it (bundle.mjs copies it next to package.json). */
const SHIPPED_SCHEMA = path.resolve(HERE, '../../cjm.export.schema.json');

/** What kind of export a text is: only the right one matches. */
function sniff(text: string): 'mermaid' | 'markdown' | 'json' | 'unknown' {
    return text.startsWith('journey\n') ? 'mermaid' : text.startsWith('# ') ? 'markdown' : text.startsWith('{\n  "cjmVersion": 1,') ? 'json' : 'unknown';
}

/** The code blocks of a Markdown text, as marked reads them. */
function codeBlocks(markdown: string): Tokens.Code[] {
    return marked.lexer(markdown).filter((token): token is Tokens.Code => token.type === 'code');
}

/** The rows (cells' raw text) of the table headed by `first` in its first cell. */
function tableRows(markdown: string, first: string): string[][] {
    const table = marked.lexer(markdown).find((token): token is Tokens.Table => token.type === 'table' && token.header[0].text === first);
    expect(table, `a table headed ${first}`).toBeDefined();
    // As a reader sees a cell: Markdown's backslash escapes (`\``, `\|`) undone.
    return table!.rows.map(row => row.map(cell => cell.text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')));
}

describe('cjm export: writes the journey', () => {
    it.concurrent('--format mermaid on standard output: a journey diagram with a section per stage', async () => {
        const { code, stdout, stderr } = await runCli(['export', RESTAURANT, '--format', 'mermaid']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(sniff(stdout)).toBe('mermaid');
        expect(stdout).toContain('    title Olive & Ember∶ a dinner visit\n');
        expect(stdout.match(/^ {4}section /gm)).toHaveLength(7);
    });

    it.concurrent('--format markdown: the report, whose Mermaid block is the mermaid export', async () => {
        const [markdown, mermaid] = await Promise.all([
            runCli(['export', RESTAURANT, '--format', 'markdown']),
            runCli(['export', RESTAURANT, '--format', 'mermaid'])
        ]);
        expect({ code: markdown.code, stderr: markdown.stderr }).toEqual({ code: 0, stderr: '' });
        expect(sniff(markdown.stdout)).toBe('markdown');
        expect(codeBlocks(markdown.stdout).map(block => [block.lang, `${block.text}\n`])).toEqual([['mermaid', mermaid.stdout]]);
        expect(markdown.stdout.trimEnd().endsWith('## Diagnostics\n\nNo problems found.')).toBe(true);
    });

    it.concurrent('--format json: validates against the schema the CLI package ships', async () => {
        const { code, stdout, stderr } = await runCli(['export', RESTAURANT, '--format', 'json']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        const validate = new Ajv({ strict: true, allErrors: true }).compile(parseJson<object>(readFileSync(SHIPPED_SCHEMA, 'utf8')));
        const document = parseJson<{ cjmVersion: number; journey: { name: string; stages: unknown[] } }>(stdout);
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        expect(document.cjmVersion).toBe(1);
        expect(document.journey.name).toBe('RestaurantVisit');
        expect(document.journey.stages).toHaveLength(7);
    });

    it.concurrent('--persona: one persona\'s view, which the schema accepts, and an unknown persona is exit 2', async () => {
        const health = path.resolve(HERE, '../../../../examples/corporate-health-insurance.cjm');
        const { code, stdout, stderr } = await runCli(['export', health, '--format', 'json', '--persona', 'Employee']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        const validate = new Ajv({ strict: true, allErrors: true }).compile(parseJson<object>(readFileSync(SHIPPED_SCHEMA, 'utf8')));
        const document = parseJson<{ journey: { persona: string; stages: { touchpoints: { name: string; emotions: { persona?: string }[] }[] }[] } }>(stdout);
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        expect(document.journey.persona).toBe('Employee');
        const touchpoints = document.journey.stages.flatMap(stage => stage.touchpoints);
        expect(touchpoints.map(touchpoint => touchpoint.name)).toEqual(['Webinar', 'PolicyCard', 'BookApp', 'BookCall', 'Visit', 'Survey']);
        expect(touchpoints.flatMap(touchpoint => touchpoint.emotions).every(felt => felt.persona === 'Employee')).toBe(true);
        const unknown = await runCli(['export', health, '--format', 'mermaid', '--persona', 'Nobody']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('has no persona Nobody; its personas: HRManager, Employee, Broker');
    });

    it.concurrent('the same bytes every time', async () => {
        const [first, second] = await Promise.all([runCli(['export', RESTAURANT, '--format', 'json']), runCli(['export', RESTAURANT, '--format', 'json'])]);
        expect(second.stdout).toBe(first.stdout);
    });

    it.concurrent.each([
        ['map.mmd', 'mermaid'],
        ['map.mermaid', 'mermaid'],
        ['map.md', 'markdown'],
        ['map.MARKDOWN', 'markdown'],
        ['map.json', 'json'],
        ['out/reports/map.md', 'markdown']
    ])('-o %s writes %s, quietly (creating the folder)', async (out, format) => {
        const root = restaurantWorkspace();
        expect(await runCli(['export', 'visit.cjm', '-o', out], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(sniff(readFileSync(path.join(root, out), 'utf8'))).toBe(format);
    });

    it.concurrent('--format wins over the extension of OUT, and OUT holds what standard output would', async () => {
        const root = restaurantWorkspace();
        expect(await runCli(['export', 'visit.cjm', '--format', 'json', '-o', 'report.md'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        const stdout = (await runCli(['export', 'visit.cjm', '--format', 'json'], { cwd: root })).stdout;
        expect(readFileSync(path.join(root, 'report.md'), 'utf8')).toBe(stdout);
    });

    it.concurrent('--journey picks one of several journeys', async () => {
        const root = makeWorkspace({ 'two.cjm': twoJourneys() });
        const { code, stdout, stderr } = await runCli(['export', 'two.cjm', '--journey', 'Renewal', '--format', 'mermaid'], { cwd: root });
        expect(code).toBe(0);
        // The map has lint errors (twoJourneys() leaves two): written anyway, and said so.
        expect(stderr).toMatch(/^cjm: \S+ has 2 lint errors; the export was written anyway/);
        expect(stdout).toBe('journey\n    title Renewal\n    section Notice\n        Reminder email: 3: Early-stage founder\n');
    });

    it.concurrent('the Markdown report lists the diagnostics cjm lint finds in FILE', async () => {
        const root = makeWorkspace({ 'maps/map.cjm': fixture('warnings.cjm') });
        const [report, lint] = await Promise.all([
            runCli(['export', 'maps/map.cjm', '--format', 'markdown'], { cwd: root }),
            runCli(['lint', 'maps', '--format', 'json'], { cwd: root })
        ]);
        expect({ code: report.code, stderr: report.stderr }).toEqual({ code: 0, stderr: '' });
        type Linted = { file: string; diagnostics: { line: number; column: number; severity: string; rule: string; message: string }[] }[];
        const [linted] = parseJson<Linted>(lint.stdout);
        expect(linted.diagnostics.length).toBeGreaterThan(1);
        expect(tableRows(report.stdout, 'File')).toEqual(linted.diagnostics.map(({ line, column, severity, rule, message }) =>
            [linted.file, String(line), String(column), severity, rule, message]));
    });

    it.concurrent('personas from another file of the folder resolve to their titles', async () => {
        const root = makeWorkspace({ 'maps/journey.cjm': twoJourneys().replace(/^persona .*$/m, ''), 'maps/people.cjm': 'persona Founder "Early-stage founder"\n', 'maps/draft.cjm': 'journey {' });
        const { code, stdout, stderr } = await runCli(['export', 'maps/journey.cjm', '--journey', 'Renewal', '--format', 'mermaid'], { cwd: root });
        expect(code).toBe(0);
        // The map has lint errors (twoJourneys() leaves two): written anyway, and said so.
        expect(stderr).toMatch(/^cjm: \S+ has 2 lint errors; the export was written anyway/);
        expect(stdout).toContain('Reminder email: 3: Early-stage founder\n');
    });
});

describe('cjm export: what it cannot use exits 2', () => {
    it.concurrent('no --format and no -o', async () => {
        expect(await runCli(['export', RESTAURANT])).toEqual({ code: 2, stdout: '', stderr: 'cjm: choose the format with --format mermaid|markdown|json\n' });
    });

    it.concurrent('an output name whose extension names no format, without --format', async () => {
        const root = restaurantWorkspace();
        expect(await runCli(['export', 'visit.cjm', '-o', 'map.txt'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: cannot tell the format from the name map.txt: use .mmd, .mermaid, .md, .markdown or .json, or --format mermaid|markdown|json\n'
        });
        expect(existsSync(path.join(root, 'map.txt'))).toBe(false);
    });

    it.concurrent('an unknown --format', async () => {
        const { code, stdout, stderr } = await runCli(['export', RESTAURANT, '--format', 'svg']);
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^cjm: option '--format <format>' argument 'svg' is invalid\. Allowed choices are mermaid, markdown, json\.\n$/);
    });

    it.concurrent('several journeys and no --journey: the message lists them', async () => {
        const root = makeWorkspace({ 'two.cjm': twoJourneys() });
        expect(await runCli(['export', 'two.cjm', '--format', 'json'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: two.cjm declares 2 journeys; choose one with --journey: Onboarding, Renewal\n'
        });
    });

    it.concurrent('an unknown --journey: the message lists the journeys', async () => {
        const root = makeWorkspace({ 'two.cjm': twoJourneys() });
        expect(await runCli(['export', 'two.cjm', '--journey', 'Churn', '--format', 'json'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: two.cjm has no journey Churn; its journeys: Onboarding, Renewal\n'
        });
    });

    it.concurrent('a map with lint errors is still exported, and stderr says how many and how to see them', async () => {
        const { code, stderr } = await runCli(['export', 'broken.cjm', '--format', 'json']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: 'cjm: broken.cjm has 6 lint errors; the export was written anyway (see them with: cjm lint broken.cjm)\n' });
    });

    it.concurrent('a missing file, a folder, no file at all', async () => {
        expect(await runCli(['export', 'nowhere.cjm', '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: no such file or folder: nowhere.cjm\n' });
        expect(await runCli(['export', 'workspace', '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: workspace is a folder; cjm export takes one .cjm file\n' });
        expect(await runCli(['export', '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: missing required argument \'file\'\n' });
    });

    it.concurrent('a file with syntax errors: they are listed as lint lists them, and nothing is written', async () => {
        const root = makeWorkspace({ 'bad.cjm': 'journey Broken "Broken" {\n  stage S "S" {\n    touchpoint\n  }\n}\n' });
        const { code, stdout, stderr } = await runCli(['export', 'bad.cjm', '-o', 'bad.md'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^bad\.cjm\n {2}\d+:\d+ {2}error {2}.+ {2}syntax\n/);
        expect(stderr).toMatch(/\ncjm: bad\.cjm has syntax errors; fix them to export it\n$/);
        expect(existsSync(path.join(root, 'bad.md'))).toBe(false);
    });

    it.concurrent('an OUT that cannot be written', async () => {
        const root = makeWorkspace({ 'map.cjm': fixture('clean.cjm'), 'taken': 'a file, not a folder' });
        expect(await runCli(['export', 'map.cjm', '-o', 'taken/map.md'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: cannot write taken/map.md: taken is not a folder\n' });
    });
});
