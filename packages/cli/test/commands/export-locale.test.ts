/**
 * `cjm export` in the map's language, through the built binary: the Markdown report of a
 * Russian map in Russian, English with `--locale en` or the config's "locale"; one
 * persona's view; stale evidence marked on lint's "today"; the HTML page's controls in the
 * picture's language; the map's own text kept as text.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');
const KARTA = readFileSync(path.join(EXAMPLES, 'russian-bank-card/karta.cjm'), 'utf8');
const DMS = path.join(EXAMPLES, 'russian-health-insurance/dms.cjm');

/** A folder with the Russian example as map.cjm, and the config text when given. */
function russianMap(config?: string): string {
    return makeWorkspace({ 'map.cjm': KARTA, ...(config === undefined ? {} : { 'cjm.config.json': config }) });
}

/** The headings of a Markdown text as a reader sees them (marked's lexer: escapes resolved). */
function headings(markdown: string): string[] {
    return marked.lexer(markdown).filter((token): token is Tokens.Heading => token.type === 'heading').map(heading => `${'#'.repeat(heading.depth)} ${heading.text}`);
}

/** Every inline token of a Markdown text, nested ones included. */
function inlineTokens(tokens: readonly Token[]): Token[] {
    return tokens.flatMap(token => {
        const children = [
            ...('tokens' in token && token.tokens ? token.tokens : []),
            ...(token.type === 'list' ? (token as Tokens.List).items : []),
            ...(token.type === 'table' ? [...(token as Tokens.Table).header, ...(token as Tokens.Table).rows.flat()].flatMap(cell => cell.tokens) : [])
        ];
        return [token, ...inlineTokens(children)];
    });
}

describe('cjm export: the report\'s language', () => {
    it.concurrent('is Russian for a map whose titles are mostly Cyrillic', async () => {
        const { code, stdout, stderr } = await runCli(['export', 'map.cjm', '--format', 'markdown'], { cwd: russianMap() });
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(headings(stdout).filter(heading => heading.startsWith('## '))).toEqual([
            '## Сводка', '## Персоны', '## Каналы', '## Путь на одной схеме',
            '## Этап: Осведомлённость', '## Этап: Рассмотрение', '## Этап: Оформление', '## Этап: Получение карты', '## Этап: Использование', '## Этап: Лояльность',
            '## Покрытие', '## Замечания проверки'
        ]);
        expect(stdout).toContain('- **Цель:** Платить телефоном и видеть все траты в одном месте\n');
        expect(stdout).toContain('| Проверка документов | Мобильное приложение | Первокурсник из другого города | -2 | Заявка в приложении (возврат); Получение карты · Курьер привозит карту в общежитие |\n');
        expect(stdout).toContain('  - **Точка контакта:** Проверка документов\n');
        expect(stdout.trimEnd().endsWith('Замечаний нет.')).toBe(true);
    });

    it.concurrent('is English on the same map with --locale en', async () => {
        const { code, stdout } = await runCli(['export', 'map.cjm', '--format', 'markdown', '--locale', 'en'], { cwd: russianMap() });
        expect(code).toBe(0);
        expect(headings(stdout).slice(1, 3)).toEqual(['## Brief', '## Personas']);
        expect(stdout).toContain('  - **Touchpoint:** Проверка документов\n');
        expect(stdout).not.toMatch(/Сводка|Этап|Точка контакта:/);
    });

    it.concurrent('follows "locale" in cjm.config.json, and --locale over it', async () => {
        const configured = russianMap('{ "locale": "en" }');
        const [byConfig, byFlag] = await Promise.all([
            runCli(['export', 'map.cjm', '--format', 'markdown'], { cwd: configured }),
            runCli(['export', 'map.cjm', '--format', 'markdown', '--locale', 'ru'], { cwd: configured })
        ]);
        expect(headings(byConfig.stdout)[1]).toBe('## Brief');
        expect(headings(byFlag.stdout)[1]).toBe('## Сводка');
    });

    it.concurrent('rejects an unknown --locale (exit 2), naming it', async () => {
        const { code, stdout, stderr } = await runCli(['export', 'map.cjm', '--format', 'markdown', '--locale', 'de'], { cwd: russianMap() });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/--locale.*de/);
    });

    it.concurrent('--persona: one persona\'s view, said in the brief and in the Mermaid title', async () => {
        const [markdown, mermaid, english] = await Promise.all([
            runCli(['export', DMS, '--format', 'markdown', '--persona', 'Сотрудник']),
            runCli(['export', DMS, '--format', 'mermaid', '--persona', 'Сотрудник']),
            runCli(['export', DMS, '--format', 'mermaid', '--persona', 'Сотрудник', '--locale', 'en'])
        ]);
        expect({ code: markdown.code, stderr: markdown.stderr }).toEqual({ code: 0, stderr: '' });
        expect(markdown.stdout).toContain('- **Точка зрения:** Сотрудник\n');
        expect(mermaid.stdout).toMatch(/^journey\n {4}title .+ · Точка зрения∶ Сотрудник\n/);
        expect(english.stdout).toMatch(/^journey\n {4}title .+ · View∶ Сотрудник\n/);
    });

    it.concurrent('marks stale evidence on lint\'s today (CJM_TODAY), with evidenceMaxAgeDays from the config', async () => {
        const [fresh, later, lenient] = await Promise.all([
            runCli(['export', 'map.cjm', '--format', 'markdown'], { cwd: russianMap() }),
            runCli(['export', 'map.cjm', '--format', 'markdown'], { cwd: russianMap(), env: { CJM_TODAY: '2028-06-01' } }),
            runCli(['export', 'map.cjm', '--format', 'markdown'], { cwd: russianMap('{ "evidenceMaxAgeDays": 2000 }'), env: { CJM_TODAY: '2028-06-01' } })
        ]);
        expect(fresh.stdout).not.toMatch(/устарело/);
        expect(later.stdout).toContain('- **Дата пересмотра:** 2026-10-16 (устарело)\n');
        expect(later.stdout).toContain('| Опрос в кампусах | 2026-09-30 (устарело) |');
        expect(lenient.stdout).not.toMatch(/устарело/);
    });

    it.concurrent('keeps the map\'s text as text: pipes, backticks, <script>, a leading # or list marker', async () => {
        const root = makeWorkspace({
            'map.cjm': 'journey J "# Title | `x`" {\n  stage S "- Stage" {\n    touchpoint T "<script>alert(1)</script>" {\n      action "1. Opens | `it`"\n'
                + '      thought "## not a heading"\n    }\n    barrier B "+ Barrier" { mitigation "<img src=x onerror=alert(1)>" }\n  }\n}\n'
        });
        const { code, stdout } = await runCli(['export', 'map.cjm', '--format', 'markdown'], { cwd: root });
        expect(code).toBe(0);
        const tokens = inlineTokens(marked.lexer(stdout));
        expect(tokens.filter(token => token.type === 'html').map(token => token.raw)).toEqual([]);
        expect(tokens.filter(token => token.type === 'codespan')).toEqual([]);
        expect(headings(stdout).slice(0, 1)).toEqual(['# \\# Title \\| \\`x\\`']);
        const texts = tokens.filter((token): token is Tokens.Text | Tokens.Escape => token.type === 'text' || token.type === 'escape').map(token => token.text).join('');
        for (const text of ['<script>alert(1)</script>', '1. Opens | `it`', '## not a heading', '+ Barrier', '<img src=x onerror=alert(1)>']) {
            expect(texts).toContain(text);
        }
    });
});

describe('cjm render --format html: the page\'s controls in the picture\'s language', () => {
    const labels = (page: string) => [...page.matchAll(/aria-label="([^"]*)"/g)].map(match => match[1]);

    it.concurrent('are Russian on a Russian map, English with --locale en', async () => {
        const [russian, english] = await Promise.all([
            runCli(['render', 'map.cjm', '--format', 'html'], { cwd: russianMap() }),
            runCli(['render', 'map.cjm', '--format', 'html', '--locale', 'en'], { cwd: russianMap() })
        ]);
        expect(russian.code).toBe(0);
        expect(labels(russian.stdout)).toEqual(['Масштаб', 'Крупнее', 'Мельче', 'Вписать в окно']);
        expect(russian.stdout).toContain('>Вписать</button>');
        expect(labels(english.stdout)).toEqual(['Zoom', 'Zoom in', 'Zoom out', 'Fit to window']);
    });
});

describe('render and export: the notice that a map with lint errors was written anyway, in its language', () => {
    /** The Russian example with one reference to a channel it never declares: one lint error. */
    const broken = (): string => makeWorkspace({ 'map.cjm': KARTA.replace('via Соцсети for Студент', 'via Телеграм for Студент') });

    it.concurrent('is Russian for a Russian map, English with --locale en', async () => {
        const [picture, report, english] = await Promise.all([
            runCli(['render', 'map.cjm', '-o', 'map.svg'], { cwd: broken() }),
            runCli(['export', 'map.cjm', '--format', 'markdown', '-o', 'map.md'], { cwd: broken() }),
            runCli(['export', 'map.cjm', '--format', 'markdown', '-o', 'map.md', '--locale', 'en'], { cwd: broken() })
        ]);
        expect(picture).toMatchObject({ code: 0, stderr: 'cjm: map.cjm: ошибок lint: 1; картинка всё равно записана (посмотреть: cjm lint map.cjm)\n' });
        expect(report).toMatchObject({ code: 0, stderr: 'cjm: map.cjm: ошибок lint: 1; экспорт всё равно записан (посмотреть: cjm lint map.cjm)\n' });
        expect(english).toMatchObject({ code: 0, stderr: 'cjm: map.cjm has 1 lint error; the export was written anyway (see it with: cjm lint map.cjm)\n' });
    });
});
