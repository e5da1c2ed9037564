import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, parseJson, runCli } from '../run-cli.js';

interface JsonResult {
    file: string;
    diagnostics: { rule: string; severity: string }[];
}

/** `rule severity` of every diagnostic, per file. */
const findings = (stdout: string) => Object.fromEntries(parseJson<JsonResult[]>(stdout).map(result =>
    [result.file, result.diagnostics.map(diagnostic => `${diagnostic.rule} ${diagnostic.severity}`)]));

// warnings.cjm has two warnings: metric-needs-target and unanswered-question.
const STRICT = JSON.stringify({ rules: { 'unanswered-question': 'error', 'metric-needs-target': 'off' } });
const LENIENT = JSON.stringify({ rules: { 'unanswered-question': 'info' } });

describe('cjm lint: config files', () => {
    it.concurrent('applies the nearest cjm.config.json up from each file', async () => {
        const root = makeWorkspace({
            'cjm.config.json': LENIENT,
            'top.cjm': fixture('warnings.cjm'),
            'team/cjm.config.json': STRICT,
            // A folder with its own config is a workspace of its own: it declares its own persona and channel.
            'team/deep/down.cjm': fixture('warnings.cjm').replace('journey Onboarding', 'journey Other')
        });
        const { code, stdout } = await runCli(['lint', '--format', 'json', '.'], { cwd: root });
        expect(code).toBe(1);
        expect(findings(stdout)).toEqual({
            'team/deep/down.cjm': ['unanswered-question error'],
            'top.cjm': ['metric-needs-target warning', 'unanswered-question info']
        });
    });

    it.concurrent('uses --config for every file instead of the nearest', async () => {
        const root = makeWorkspace({ 'cjm.config.json': LENIENT, 'maps/map.cjm': fixture('warnings.cjm'), 'ci/strict.json': STRICT });
        const { code, stdout } = await runCli(['lint', '--format', 'json', '--config', 'ci/strict.json', 'maps'], { cwd: root });
        expect(code).toBe(1);
        expect(findings(stdout)).toEqual({ 'maps/map.cjm': ['unanswered-question error'] });
    });

    it.concurrent('applies requiredStages', async () => {
        const root = makeWorkspace({ 'cjm.config.json': JSON.stringify({ requiredStages: ['Awareness', 'Purchase'] }), 'map.cjm': fixture('clean.cjm') });
        const { code, stdout } = await runCli(['lint', '--format', 'json', 'map.cjm'], { cwd: root });
        expect(code).toBe(1);
        expect(findings(stdout)).toEqual({ 'map.cjm': ['required-stage error'] });
    });

    it.concurrent('accepts the $schema key that cjm init writes', async () => {
        const root = makeWorkspace({ 'cjm.config.json': JSON.stringify({ $schema: './node_modules/@cjm/cli/cjm.config.schema.json' }), 'map.cjm': fixture('clean.cjm') });
        expect(await runCli(['lint', 'map.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});

describe('cjm lint: a config file that cannot be used exits 2 before linting, naming the file and the key', () => {
    it.concurrent.each([
        ['an unknown key', '{ "requiredStage": ["Awareness"] }', 'cjm: cjm.config.json: `requiredStage`: unknown key.\n'],
        ['an unknown rule id', '{ "rules": { "no-such-rule": "off" } }', 'cjm: cjm.config.json: `rules.no-such-rule`: unknown rule id.\n'],
        ['a bad severity', '{ "rules": { "stale-evidence": "fatal" } }', 'cjm: cjm.config.json: `rules.stale-evidence`: must be one of `off`, `info`, `warning`, `error`.\n'],
        ['requiredStages that is not a list', '{ "requiredStages": "Awareness" }', 'cjm: cjm.config.json: `requiredStages`: must be of type `array`.\n'],
        ['a bad evidenceMaxAgeDays', '{ "evidenceMaxAgeDays": "a year" }', 'cjm: cjm.config.json: `evidenceMaxAgeDays`: must be of type `integer`.\n']
    ])('%s', async (_name, config, message) => {
        const root = makeWorkspace({ 'cjm.config.json': config, 'broken.cjm': fixture('broken.cjm') });
        expect(await runCli(['lint', '.'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: message });
    });

    it.concurrent('bad JSON', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "rules": { ', 'map.cjm': fixture('clean.cjm') });
        const { code, stdout, stderr } = await runCli(['lint', '.'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^cjm: cjm\.config\.json: not valid JSON \(.+\)\.\n$/);
    });

    it.concurrent('a broken config of one folder stops the whole run', async () => {
        const root = makeWorkspace({ 'a/map.cjm': fixture('clean.cjm'), 'b/cjm.config.json': '{ "strict": true }', 'b/other.cjm': '' });
        expect(await runCli(['lint', 'a', 'b'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: b/cjm.config.json: `strict`: unknown key.\n' });
    });

    it.concurrent('a broken --config file', async () => {
        const root = makeWorkspace({ 'ci/cjm.json': '{ "rules": { "stale-evidence": "loud" } }', 'map.cjm': fixture('clean.cjm') });
        expect(await runCli(['lint', '--config', 'ci/cjm.json', 'map.cjm'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: 'cjm: ci/cjm.json: `rules.stale-evidence`: must be one of `off`, `info`, `warning`, `error`.\n'
        });
    });

    it.concurrent('in the config\'s own locale when it is valid, whatever --locale says', async () => {
        const russian = makeWorkspace({ 'cjm.config.json': '{ "locale": "ru", "colour": "red" }', 'map.cjm': fixture('clean.cjm') });
        expect(await runCli(['lint', '.'], { cwd: russian })).toEqual({ code: 2, stdout: '', stderr: 'cjm: cjm.config.json: `colour`: неизвестный ключ.\n' });
        const english = makeWorkspace({ 'cjm.config.json': '{ "locale": "en", "colour": "red" }', 'map.cjm': fixture('clean.cjm') });
        expect(await runCli(['lint', '--locale', 'ru', '.'], { cwd: english })).toEqual({ code: 2, stdout: '', stderr: 'cjm: cjm.config.json: `colour`: unknown key.\n' });
    });

    it.concurrent('in the language of --locale when the config has no valid locale, else in English', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "locale": "de" }', 'map.cjm': fixture('clean.cjm') });
        expect(await runCli(['lint', '--locale', 'ru', '.'], { cwd: root }))
            .toEqual({ code: 2, stdout: '', stderr: 'cjm: cjm.config.json: `locale`: допустимые значения: `en`, `ru`.\n' });
        expect(await runCli(['lint', '.'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: cjm.config.json: `locale`: must be one of `en`, `ru`.\n' });
    });

    it.concurrent('a missing --config file', async () => {
        expect(await runCli(['lint', '--config', 'missing.json', 'clean.cjm'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: --config: no such file: missing.json\n' });
    });
});
