// The examples' site as a reader opens it, in Chromium (Debian's, which .ci/run installs):
// from file:// and under a sub-path of a server on 127.0.0.1. Code passed to page.evaluate
// runs in the browser. One browser for the file; each site is built once.
/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';
import { HOSTILE_MAP, HOSTILE_TEXT } from './hostile-map.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLES = path.resolve(HERE, '../../../../examples');
const AXE = readFileSync(path.resolve(HERE, '../../../../node_modules/axe-core/axe.min.js'), 'utf8');
const SUB_PATH = '/teams/cx/journey-maps/';
const BUILD = 180_000;

interface Opened {
    page: Page;
    /** Every URL the page requested. */
    requests: string[];
    /** Console errors and uncaught exceptions. */
    problems: string[];
}

/** A static server of `root` under SUB_PATH on 127.0.0.1, as a project site of GitHub Pages is. */
function serve(root: string): Promise<{ server: Server; base: string }> {
    const server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const file = url.pathname.startsWith(SUB_PATH) ? path.join(root, decodeURIComponent(url.pathname.slice(SUB_PATH.length))) : undefined;
        if (file === undefined || !file.startsWith(root) || !existsSync(file) || !file.includes('.')) {
            response.writeHead(404).end();
            return;
        }
        const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
        response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}${SUB_PATH}` })));
}

describe.skipIf(!existsSync(CHROMIUM) && process.env.CJM_REQUIRE_CHROMIUM === undefined)('the site in Chromium', () => {
    let browser: Browser;
    let site: string;
    let single: string;
    let hostile: string;
    /** The Russian example's site in `auto` and in `dark`. */
    let auto: string;
    let dark: string;
    let server: Server;
    let base: string;

    beforeAll(async () => {
        const root = makeWorkspace({ 'hostile/h.cjm': HOSTILE_MAP, 'one/karta.cjm': readFileSync(path.join(EXAMPLES, 'russian-bank-card/karta.cjm'), 'utf8') });
        site = path.join(root, 'site');
        single = path.join(root, 'single');
        hostile = path.join(root, 'hostile-site');
        auto = path.join(root, 'auto-site');
        dark = path.join(root, 'dark-site');
        const runs = await Promise.all([
            runCli(['site', EXAMPLES, '-o', site]),
            runCli(['site', path.join(root, 'one'), '-o', single, '--single-file']),
            runCli(['site', path.join(root, 'hostile'), '-o', hostile]),
            runCli(['site', path.join(root, 'one'), '-o', auto]),
            runCli(['site', path.join(root, 'one'), '-o', dark, '--theme', 'dark'])
        ]);
        expect(runs.map(run => run.code)).toEqual([0, 0, 0, 0, 0]);
        ({ server, base } = await serve(site));
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    }, BUILD);

    afterAll(async () => {
        await browser?.close();
        server?.close();
    });

    /** `bypassCSP` lets a test inject axe-core, which the pages' own policy rightly refuses. */
    async function open(url: string, colorScheme: 'light' | 'dark' = 'light', bypassCSP = false): Promise<Opened> {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme, bypassCSP });
        const requests: string[] = [];
        const problems: string[] = [];
        page.on('request', request => requests.push(request.url()));
        page.on('console', message => message.type() === 'error' && problems.push(message.text()));
        page.on('pageerror', error => problems.push(error.message));
        page.on('dialog', dialog => {
            problems.push(`dialog: ${dialog.message()}`);
            void dialog.dismiss();
        });
        await page.goto(url, { waitUntil: 'load' });
        return { page, requests, problems };
    }

    const fileUrl = (page: string) => pathToFileURL(path.join(site, page)).href;
    const shownSvg = 'div.cjm-viewport svg:visible';

    it('opens from file:// asking for nothing outside the site\'s folder, with no error', async () => {
        for (const page of ['index.html', 'journeys/СтуденческаяКарта.html', 'personas.html']) {
            const opened = await open(fileUrl(page));
            await opened.page.locator('#cjm-query').fill('кафе');
            await opened.page.locator('#cjm-results a').first().waitFor();
            expect(opened.problems, page).toEqual([]);
            expect(opened.requests.filter(url => !url.startsWith(pathToFileURL(site).href + '/')), page).toEqual([]);
            await opened.page.close();
        }
    });

    it('resolves every link of every page under a sub-path, and nothing is requested outside it', async () => {
        const { page, requests, problems } = await open(`${base}index.html`);
        const seen = new Set<string>([`${base}index.html`]);
        const queue = [`${base}index.html`];
        const broken: string[] = [];
        while (queue.length > 0) {
            const url = queue.shift()!;
            const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
            if (response?.status() !== 200) {
                broken.push(url);
                continue;
            }
            const links = await page.$$eval('a[href]', anchors => anchors.map(anchor => (anchor as HTMLAnchorElement).href));
            for (const link of links.map(href => href.replace(/#.*$/, ''))) {
                if (seen.has(link)) {
                    continue;
                }
                seen.add(link);
                if (link.endsWith('.html')) {
                    queue.push(link);
                } else if ((await fetch(link)).status !== 200) {
                    broken.push(link);
                }
            }
        }
        expect(broken).toEqual([]);
        // The index, five other page kinds, and 37 journey pages and persona views.
        expect([...seen].filter(link => link.endsWith('.html')).length).toBeGreaterThanOrEqual(43);
        expect(requests.filter(url => !url.startsWith(base))).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
    }, 120_000);

    it('finds a touchpoint by a Russian word and opens its journey with the panel on it', async () => {
        const { page } = await open(fileUrl('index.html'));
        await page.locator('#cjm-query').fill('кешбэк');
        const result = page.locator('#cjm-results a', { hasText: 'Кешбэк на кафе и транспорт' });
        await result.click();
        await page.waitForURL(/%D0%A1%D1%82%D1%83%D0%B4%D0%B5%D0%BD%D1%87%D0%B5%D1%81%D0%BA%D0%B0%D1%8F%D0%9A%D0%B0%D1%80%D1%82%D0%B0\.html#cjm-touchpoint-/);
        await expect.poll(() => page.locator('#cjm-panel h3').textContent()).toBe('Точка контакта: Кешбэк на кафе и транспорт');
        await page.close();
    });

    it('opens the panel of a touchpoint by a click and by Enter', async () => {
        const { page, problems } = await open(fileUrl('journeys/RestaurantVisit.html'));
        const panel = page.locator('#cjm-panel');
        await expect.poll(() => panel.isVisible()).toBe(false);
        await page.locator(`${shownSvg} g.cjm-touchpoint[data-cjm-id="MapSearch"]`).click();
        await expect.poll(() => panel.locator('h3').textContent()).toBe('Touchpoint: Finds the restaurant on the map');
        expect(await panel.textContent()).toContain('Map app listing and reviews');
        const other = page.locator(`${shownSvg} g.cjm-touchpoint[data-cjm-id="WindowMenu"]`);
        expect(await other.getAttribute('tabindex')).toBe('0');
        expect(await other.getAttribute('role')).toBe('button');
        // Named by its <title> (its whole text); the emotion point beside it is named "Touchpoint: …" by its article.
        expect(await page.getByRole('button', { name: /^Reads the menu in the window\s/ }).count()).toBe(1);
        await other.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => panel.locator('h3').textContent()).toBe('Touchpoint: Reads the menu in the window');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('cjm-panel');
        expect(problems).toEqual([]);
        await page.close();
    });

    it('opens a metric or a research question in its stage\'s panel, at that metric or question', async () => {
        const { page, problems } = await open(fileUrl('journeys/RestaurantVisit.html'));
        const panel = page.locator('#cjm-panel');
        await page.locator(`${shownSvg} g.cjm-metric[data-cjm-id="OnlineShare"]`).click();
        await expect.poll(() => panel.locator('h3').textContent()).toBe('Stage: Book');
        expect(await panel.locator('.cjm-selected-part').textContent()).toBe('Metric: Bookings made online');
        const question = page.locator(`${shownSvg} g.cjm-question`).first();
        const asked = await question.getAttribute('data-cjm-id');
        await question.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => panel.locator('.cjm-selected-part').textContent()).toBe(`Question: ${asked}`);
        expect(problems).toEqual([]);
        await page.close();
    });

    it('fits the picture to the width, zooms with + and fits again with 0, and brings a focused element into view', async () => {
        const { page, problems } = await open(fileUrl('journeys/RestaurantVisit.html'));
        const svg = page.locator('div.cjm-viewport svg');
        const shownWidth = async () => Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
        const fitted = await shownWidth();
        expect(fitted).toBeCloseTo(Number(await svg.getAttribute('width')), 0);
        await page.locator('div.cjm-viewport').focus();
        await page.keyboard.press('+');
        expect(await shownWidth()).toBeCloseTo(fitted / 1.25, 0);
        await page.keyboard.press('0');
        expect(await shownWidth()).toBeCloseTo(fitted, 0);
        for (let i = 0; i < 8; i++) {
            await page.keyboard.press('+');
        }
        const last = page.locator('div.cjm-viewport svg g.cjm-touchpoint').last();
        await last.focus();
        const [viewport, element] = await Promise.all([page.locator('div.cjm-viewport').boundingBox(), last.boundingBox()]);
        expect(element!.x + element!.width / 2).toBeGreaterThan(viewport!.x);
        expect(element!.x + element!.width / 2).toBeLessThan(viewport!.x + viewport!.width);
        expect(problems).toEqual([]);
        await page.close();
    });

    it('filters the index\'s journey cards by persona and by product', async () => {
        const { page } = await open(fileUrl('index.html'));
        const shown = () => page.locator('.cjm-card:visible h2').allTextContents();
        const all = await shown();
        expect(all.length).toBe(10);
        await page.locator('select[data-cjm-filter="personas"]').selectOption({ label: 'Студент вуза' });
        expect(await shown()).toEqual(['Карта «Студент»: путь клиента']);
        await page.locator('select[data-cjm-filter="personas"]').selectOption('');
        await page.locator('select[data-cjm-filter="product"]').selectOption('FreshCart grocery delivery');
        // Sorted by title, as the sort box says.
        expect(await shown()).toEqual(['FreshCart: weekly shop redesigned', 'FreshCart: weekly shop today']);
        await page.close();
    });

    it('switches the picture to one persona\'s view', async () => {
        const { page } = await open(fileUrl('journeys/RestaurantVisit.html'));
        const touchpoints = () => page.locator(`${shownSvg} g.cjm-touchpoint`).evaluateAll(groups => groups.map(group => group.getAttribute('data-cjm-id')));
        const whole = await touchpoints();
        await page.locator('.cjm-views a', { hasText: 'Office worker on a lunch break' }).click();
        await page.waitForURL(/RestaurantVisit\.persona\.LunchRegular\.html$/);
        const own = await touchpoints();
        expect(own.length).toBeGreaterThan(0);
        expect(own.length).toBeLessThan(whole.length);
        expect(whole).toEqual(expect.arrayContaining(own));
        expect(await page.locator('.cjm-views a[aria-current="page"]').textContent()).toBe('Office worker on a lunch break');
        await page.close();
    });

    it('draws each picture once and colours it as the dark theme draws it for a reader in dark mode, light in print', async () => {
        const colours = async (site: string, colorScheme: 'light' | 'dark', media: 'screen' | 'print' = 'screen') => {
            const { page } = await open(pathToFileURL(path.join(site, 'journeys/СтуденческаяКарта.html')).href, colorScheme);
            await page.emulateMedia({ media });
            expect(await page.locator('div.cjm-viewport svg').count()).toBe(1);
            const found = await page.locator('div.cjm-viewport svg').evaluate(svg => Array.from(svg.querySelectorAll('[fill], [stroke]')).map(element => {
                const style = getComputedStyle(element);
                return `${element.getAttribute('class') ?? element.tagName} fill ${style.fill} stroke ${style.stroke}`;
            }));
            await page.close();
            return found;
        };
        const drawnDark = await colours(dark, 'dark');
        expect(drawnDark.length).toBeGreaterThan(100);
        expect(await colours(auto, 'dark')).toEqual(drawnDark);
        const light = await colours(auto, 'light');
        expect(light).not.toEqual(drawnDark);
        expect(await colours(auto, 'dark', 'print')).toEqual(light);
    });

    it('has no serious or critical accessibility violation on any page kind, light or dark', async () => {
        const pages = ['index.html', 'journeys/RestaurantVisit.html', 'journeys/СтуденческаяКарта.persona.Студент.html', 'personas.html',
            'channels.html', 'barriers.html', 'metrics.html', 'research.html', 'rules/stage-needs-metric.html'];
        const violations: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
            for (const name of pages) {
                const { page } = await open(fileUrl(name), colorScheme, true);
                await page.addScriptTag({ content: AXE });
                // The dark theme changes colours only: its pages are checked for contrast, the light ones for everything.
                const found = await page.evaluate(async (onlyContrast: boolean) => {
                    type Axe = { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
                    const axe = (window as unknown as { axe: Axe }).axe;
                    const result = await axe.run(document, onlyContrast ? { runOnly: ['color-contrast'] } : {});
                    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, count: nodes.length }));
                }, colorScheme === 'dark');
                violations.push(...found.filter(item => item.impact === 'serious' || item.impact === 'critical').map(item => `${colorScheme} ${name}: ${item.id} (${item.count})`));
                await page.close();
            }
        }
        expect(violations).toEqual([]);
    }, 300_000);

    it('opens and navigates the single file the same way, from file://', async () => {
        const url = pathToFileURL(path.join(single, 'index.html')).href;
        const { page, requests, problems } = await open(url);
        expect(await page.locator('h1:visible').textContent()).toBe('Пути');
        await page.locator('a:visible', { hasText: 'Карта «Студент»: путь клиента' }).first().click();
        await expect.poll(() => page.locator('h1:visible').textContent()).toBe('Карта «Студент»: путь клиента');
        await page.locator(`${shownSvg} g.cjm-touchpoint[data-cjm-id="Кешбэк"]`).click();
        await expect.poll(() => page.locator('.cjm-panel:visible h3').textContent()).toBe('Точка контакта: Кешбэк на кафе и транспорт');
        await page.locator('.cjm-views a:visible', { hasText: 'Родитель студента' }).click();
        await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#journeys/СтуденческаяКарта.persona.Родитель.html');
        expect(await page.locator(`${shownSvg} g.cjm-touchpoint`).count()).toBeLessThan(14);
        await page.locator('#cjm-query').fill('кешбэк');
        await page.locator('#cjm-results a', { hasText: 'Кешбэк на кафе и транспорт' }).click();
        await expect.poll(() => page.locator('h1:visible').textContent()).toBe('Карта «Студент»: путь клиента');
        expect(requests.filter(request => request !== url && !request.startsWith('data:'))).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
    });

    it('shows a hostile map\'s markup and script as text and runs none of it', async () => {
        for (const name of ['index.html', 'journeys/Hostile.html', 'personas.html', 'barriers.html', 'metrics.html', 'research.html', 'channels.html']) {
            const { page, problems } = await open(pathToFileURL(path.join(hostile, name)).href);
            if (name.startsWith('journeys/')) {
                // Its long texts push the touchpoint below the fitted view: Tab-like focus brings it into view.
                const touchpoint = page.locator(`${shownSvg} g.cjm-touchpoint`).first();
                await touchpoint.focus();
                await touchpoint.click();
                await page.locator('#cjm-panel h3').waitFor();
            }
            await page.locator('#cjm-query').fill('bold');
            await page.locator('#cjm-results a').first().waitFor();
            expect(await page.evaluate(() => (window as unknown as { cjmInjected?: number }).cjmInjected), name).toBeUndefined();
            expect(await page.locator('main b, main img').count(), name).toBe(0);
            expect(await page.locator('main').textContent(), name).toContain(HOSTILE_TEXT);
            expect(problems, name).toEqual([]);
            await page.close();
        }
    });
});
