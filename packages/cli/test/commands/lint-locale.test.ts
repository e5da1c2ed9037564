/**
 * The language of `cjm lint`: a Russian map is reported in Russian (its messages and the
 * summary line), `--locale` and the config's `locale` choose otherwise, and the machine
 * formats keep their shape: rule ids, JSON keys and SARIF's rule texts never change.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, parseJson, runCli } from '../run-cli.js';

const KARTA = readFileSync(path.resolve(import.meta.dirname, '../../../../examples/russian-bank-card/karta.cjm'), 'utf8');

/** The Russian example without its objective (a warning) and with an emotion out of range (an error). */
const RUSSIAN = KARTA
    .replace(/^ {2}objective [^\n]*\n/m, '')
    .replace(/(via Соцсети for Студент \{\s+emotion )1/, (_, head: string) => `${head}3`);

const NO_OBJECTIVE_RU = 'Путь `СтуденческаяКарта`: не указана бизнес-цель (`objective`).';
const EMOTION_RU = 'Эмоция 3: нужно целое число от -2 до +2.';

interface JsonResult {
    file: string;
    diagnostics: Array<{ rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

describe('cjm lint on a Russian map', () => {
    it.concurrent('speaks Russian in stylish, the summary line included', async () => {
        const { code, stdout } = await runCli(['lint', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': RUSSIAN }) });
        expect(code).toBe(1);
        expect(stdout).toContain(`warning  ${NO_OBJECTIVE_RU}`);
        expect(stdout).toContain(`error    ${EMOTION_RU}`);
        expect(stdout).toMatch(/\n\u2716 Проблем: 2 \(ошибок: 1, предупреждений: 1\)\n$/);
    });

    it.concurrent('keeps the JSON keys and rule ids, with the messages in Russian', async () => {
        const { stdout } = await runCli(['lint', '--format', 'json', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': RUSSIAN }) });
        const [result] = parseJson<JsonResult[]>(stdout);
        expect(result.diagnostics.map(({ rule, severity, message }) => ({ rule, severity, message }))).toEqual([
            { rule: 'journey-needs-objective', severity: 'warning', message: NO_OBJECTIVE_RU },
            { rule: 'emotion-range', severity: 'error', message: EMOTION_RU }
        ]);
        expect(Object.keys(result.diagnostics[0])).toEqual(['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    });

    it.concurrent('writes Russian workflow commands for GitHub, titled by rule id', async () => {
        const { stdout } = await runCli(['lint', '--format', 'github', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': RUSSIAN }) });
        expect(stdout).toContain(`,title=journey-needs-objective::${NO_OBJECTIVE_RU}\n`);
        expect(stdout).toContain(`,title=emotion-range::${EMOTION_RU}\n`);
    });

    it.concurrent('keeps SARIF\'s rule titles and help in English, its results in Russian', async () => {
        const { stdout } = await runCli(['lint', '--format', 'sarif', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': RUSSIAN }) });
        const [run] = parseJson<{ runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string } }> } }; results: Array<{ ruleId: string; message: { text: string } }> }> }>(stdout).runs;
        const rule = run.tool.driver.rules.find(entry => entry.id === 'journey-needs-objective')!;
        expect(rule.shortDescription.text).toBe('A journey without objective.');
        expect(rule.help.text).toMatch(/^State the business objective/);
        expect(run.results.map(result => [result.ruleId, result.message.text])).toEqual([['journey-needs-objective', NO_OBJECTIVE_RU], ['emotion-range', EMOTION_RU]]);
    });

    it.concurrent('explains a syntax error in Russian', async () => {
        const { stdout } = await runCli(['lint', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': KARTA.replace('via Соцсети for Студент {', 'vai Соцсети for Студент {') }) });
        expect(stdout).toContain('Неизвестное ключевое слово `vai`: возможно, `via`.  syntax');
        expect(stdout).toContain('\u2716 Проблем: 1 (ошибок: 1, предупреждений: 0)');
    });

    it.concurrent('says in Russian that there are too many warnings', async () => {
        const { code, stderr } = await runCli(['lint', '--max-warnings', '0', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': KARTA.replace(/^ {2}objective [^\n]*\n/m, '') }) });
        expect(code).toBe(1);
        expect(stderr).toBe('cjm: слишком много предупреждений: 1 (--max-warnings 0)\n');
    });
});

describe('choosing the language', () => {
    it.concurrent('--locale en speaks English about a Russian map', async () => {
        const { stdout } = await runCli(['lint', '--locale', 'en', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': RUSSIAN }) });
        expect(stdout).toContain('warning  Journey `СтуденческаяКарта` has no objective.');
        expect(stdout).toContain('\u2716 2 problems (1 error, 1 warning)');
    });

    it.concurrent('the config\'s "locale": "en" speaks English about a Russian map', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "locale": "en" }', 'karta.cjm': RUSSIAN });
        const { stdout } = await runCli(['lint', 'karta.cjm'], { cwd: root });
        expect(stdout).toContain('Emotion 3 is not an integer from -2 to +2.');
        expect(stdout).toContain('\u2716 2 problems (1 error, 1 warning)');
    });

    it.concurrent('--locale ru speaks Russian about an English map, and wins over the config', async () => {
        const root = makeWorkspace({ 'cjm.config.json': '{ "locale": "en" }', 'broken.cjm': fixture('broken.cjm') });
        const { stdout } = await runCli(['lint', '--locale', 'ru', 'broken.cjm'], { cwd: root });
        expect(stdout).toContain('Этап `Awareness`: нет метрики с целью (`target`).');
        expect(stdout).toContain('\u2716 Проблем: 5 (ошибок: 3, предупреждений: 2)');
    });

    it.concurrent('sums up in English when the maps with problems speak different languages', async () => {
        const root = makeWorkspace({ 'ru/karta.cjm': RUSSIAN, 'en/broken.cjm': fixture('broken.cjm') });
        const { stdout } = await runCli(['lint', 'ru', 'en'], { cwd: root });
        expect(stdout).toContain(NO_OBJECTIVE_RU);
        expect(stdout).toContain('Stage `Awareness` has no metric with a target.');
        expect(stdout).toContain('\u2716 7 problems (4 errors, 3 warnings)');
    });

    it.concurrent('rejects a language cjm does not speak', async () => {
        const { code, stderr } = await runCli(['lint', '--locale', 'de', 'karta.cjm'], { cwd: makeWorkspace({ 'karta.cjm': RUSSIAN }) });
        expect(code).toBe(2);
        expect(stderr).toContain('--locale');
    });
});
