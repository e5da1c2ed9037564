import { createRequire } from 'node:module';
import { RULE_IDS, RULES, ruleHelpUrl } from '@cjm/language';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureWorkspace, makeWorkspace, parseJson, runCli } from '../run-cli.js';

// The official SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif.
const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// unicodeRegExp: false because one of the schema's patterns (a language tag) is not valid with the u flag.
// Both are CommonJS; `.default` is the export under Node's ESM interop and in their types.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValidSarif(text: string): Log {
    const log = parseJson<Log>(text);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    return log;
}

describe('--format sarif', () => {
    it.concurrent('reports a broken map as valid SARIF 2.1.0 with every rule of the registry', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'sarif', 'broken.cjm'], { cwd: fixtureWorkspace('broken.cjm') });
        expect(code).toBe(1);
        const { version, runs: [run] } = expectValidSarif(stdout);
        expect(version).toBe('2.1.0');
        const driver = run.tool.driver;
        expect(driver).toMatchObject({ name: 'cjm', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:\/\//) });
        expect(driver.rules?.map(rule => rule.id)).toEqual(Object.keys(RULES));
        expect(driver.rules?.find(rule => rule.id === 'emotion-range')).toEqual({
            id: 'emotion-range',
            shortDescription: { text: RULES['emotion-range'].summary },
            fullDescription: { text: RULES['emotion-range'].help },
            help: { text: RULES['emotion-range'].help },
            helpUri: 'https://cjm.dev/rules/emotion-range',
            defaultConfiguration: { level: 'error' }
        });
        expect(driver.rules?.find(rule => rule.id === 'stale-evidence')?.defaultConfiguration).toEqual({ level: 'warning' });
        // Every rule links its page in docs/rules/ (published at cjm.dev), as the editor's diagnostics do.
        expect(driver.rules?.map(rule => rule.helpUri)).toEqual(RULE_IDS.map(id => ruleHelpUrl(id)));

        expect(run.results?.map(result => [result.ruleId, result.level])).toEqual([
            ['journey-needs-problem', 'warning'],
            ['stage-needs-metric', 'error'],
            ['emotion-range', 'error'],
            ['unresolved-reference', 'error'],
            ['metric-needs-target', 'warning']
        ]);
        for (const result of run.results ?? []) {
            expect(driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
        }
        expect(run.results?.[2]).toEqual({
            ruleId: 'emotion-range',
            ruleIndex: Object.keys(RULES).indexOf('emotion-range'),
            level: 'error',
            message: { text: 'Emotion 3 is not an integer from -2 to +2.' },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: 'broken.cjm' },
                    region: { startLine: 10, startColumn: 69, endLine: 10, endColumn: 70 }
                }
            }]
        });
    });

    it.concurrent('reports a clean map as valid SARIF with no results', async () => {
        const { code, stdout } = await runCli(['lint', '--format', 'sarif', 'clean.cjm'], { cwd: fixtureWorkspace('clean.cjm') });
        expect(code).toBe(0);
        const log = expectValidSarif(stdout);
        expect(log.runs[0].results).toEqual([]);
        expect(log.runs[0].tool.driver.rules).toHaveLength(Object.keys(RULES).length);
    });

    it.concurrent('writes file locations as relative URIs with forward slashes, percent-encoded', async () => {
        const root = makeWorkspace({ 'my maps/a,b:c #1.cjm': fixture('broken.cjm') });
        const { stdout } = await runCli(['lint', '--format', 'sarif', '.'], { cwd: root });
        const log = expectValidSarif(stdout);
        const uris = new Set(log.runs[0].results?.map(result => result.locations?.[0].physicalLocation?.artifactLocation?.uri));
        expect([...uris]).toEqual(['my%20maps/a%2Cb%3Ac%20%231.cjm']);
    });

    it.concurrent('reports infos as notes', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "rules": { "unused-persona": "info" } }', 'lonely.cjm': 'persona Lonely "Nobody refers to me"\n' });
        const { code, stdout } = await runCli(['lint', '--format', 'sarif', '.'], { cwd: root });
        expect(code).toBe(0);
        expect(expectValidSarif(stdout).runs[0].results?.map(result => result.level)).toEqual(['note']);
    });
});
