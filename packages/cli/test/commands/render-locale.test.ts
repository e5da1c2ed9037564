/**
 * `cjm render` in the map's language, through the built binary: the picture's own words in
 * Russian for a Russian map, English when `--locale en` says so, else as cjm.config.json's
 * "locale" says; stale evidence marked on lint's "today".
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, RESTAURANT, runCli } from '../run-cli.js';

const KARTA = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples/russian-bank-card/karta.cjm'), 'utf8');

/** A folder with the Russian example as map.cjm, and the config text when given. */
function russianMap(config?: string): string {
    return makeWorkspace({ 'map.cjm': KARTA, ...(config === undefined ? {} : { 'cjm.config.json': config }) });
}

/** The picture's lane titles, in the order drawn. */
function laneTitles(svg: string): string[] {
    return [...svg.matchAll(/<g class="cjm-lane[^"]*" data-cjm-lane="[a-z]+"><rect [^>]*\/><text [^>]*>(?:<tspan [^>]*>)?([^<]+)</g)].map(match => match[1]);
}

describe('cjm render: the picture\'s language', () => {
    it.concurrent('is Russian for a map whose titles are mostly Cyrillic', async () => {
        const { code, stdout, stderr } = await runCli(['render', 'map.cjm'], { cwd: russianMap() });
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toContain('xml:lang="ru"');
        expect(laneTitles(stdout)).toEqual(['Делает', 'Думает', 'Чувствует', 'Метрики', 'Исследования']);
        expect(stdout).toMatch(/>Цель: /);
        expect(stdout).toMatch(/>Каналы?: /);
    });

    it.concurrent('is English on the same map with --locale en', async () => {
        const { code, stdout } = await runCli(['render', 'map.cjm', '--locale', 'en'], { cwd: russianMap() });
        expect(code).toBe(0);
        expect(stdout).toContain('xml:lang="en"');
        expect(laneTitles(stdout)).toEqual(['Does', 'Thinks', 'Feels', 'Metrics', 'Research']);
        expect(stdout).toMatch(/>Objective: /);
        expect(stdout).not.toMatch(/>(Цель|Каналы?:|Делает)/);
    });

    it.concurrent('follows "locale" in cjm.config.json, and --locale over it', async () => {
        const root = russianMap('{ "locale": "en" }');
        expect(laneTitles((await runCli(['render', 'map.cjm'], { cwd: root })).stdout)[0]).toBe('Does');
        expect(laneTitles((await runCli(['render', 'map.cjm', '--locale', 'ru'], { cwd: root })).stdout)[0]).toBe('Делает');
        const english = makeWorkspace({ 'visit.cjm': readFileSync(RESTAURANT, 'utf8'), 'cjm.config.json': '{ "locale": "ru" }' });
        expect((await runCli(['render', 'visit.cjm'], { cwd: english })).stdout).toContain('xml:lang="ru"');
    });

    it.concurrent('rejects an unknown locale in the config or on the command line (exit 2), naming it', async () => {
        const config = await runCli(['render', 'map.cjm'], { cwd: russianMap('{ "locale": "de" }') });
        expect(config.code).toBe(2);
        expect(config.stderr).toContain('cjm.config.json: `locale`: must be one of `en`, `ru`.');
        const flag = await runCli(['render', 'map.cjm', '--locale', 'de'], { cwd: russianMap() });
        expect(flag.code).toBe(2);
        expect(flag.stderr).toMatch(/--locale.*de/);
    });

    it.concurrent('writes the HTML page in the same language', async () => {
        const { stdout } = await runCli(['render', 'map.cjm', '--format', 'html'], { cwd: russianMap() });
        expect(stdout).toContain('<html lang="ru">');
        expect(stdout).toContain('aria-label="Крупнее"');
    });

    it.concurrent('marks research stale on lint\'s today (CJM_TODAY), with evidenceMaxAgeDays from the config', async () => {
        const fresh = await runCli(['render', 'map.cjm', '--locale', 'en'], { cwd: russianMap() });
        expect(fresh.stdout).not.toMatch(/stale/);
        const later = await runCli(['render', 'map.cjm', '--locale', 'en'], { cwd: russianMap(), env: { CJM_TODAY: '2028-06-01' } });
        expect(later.stdout).toMatch(/\u00b7 2026-\d\d-\d\d \(stale\)/);
        expect(later.stdout).toMatch(/Reviewed: 2026-\d\d-\d\d \(stale\)/);
        const lenient = await runCli(['render', 'map.cjm', '--locale', 'en'], { cwd: russianMap('{ "evidenceMaxAgeDays": 2000 }'), env: { CJM_TODAY: '2028-06-01' } });
        expect(lenient.stdout).not.toMatch(/stale/);
    });
});
