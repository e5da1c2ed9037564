// Code passed to page.evaluate runs in the browser.
/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostMessage, PreviewState } from '../../src/preview/messages.js';
import { ORIGIN, openWebview, type WebviewPage } from './webview-page.js';

// The preview's webview in a real browser (Debian's chromium, which .ci/run installs), with
// the host played by the test: pictures swap in place under the same zoom, clicks and the
// cursor map to elements, errors leave the last picture with a banner, the PNG is drawn
// on a canvas, and the strict policy holds (a violation is a console error).

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const RESTAURANT = path.join(ROOT, 'examples/restaurant-visit.cjm');
/** Where the screenshots go, to look at: the test does not compare them. */
const SCREENSHOTS = path.join(tmpdir(), 'cjm-preview-webview');

function render(...args: string[]): string {
    return execFileSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/cjm.js'), 'render', ...args], { encoding: 'utf8' });
}

const STATE: PreviewState = { uri: 'file:///maps/restaurant-visit.cjm', locked: false };
const JOURNEYS = [{ id: 'DinnerVisit', title: 'Olive & Ember: a dinner visit' }];

// Skipped on a machine without chromium, unless CJM_REQUIRE_CHROMIUM is set (.ci/run sets
// it, so CI cannot pass without running it).
describe.skipIf(!existsSync(CHROMIUM) && process.env.CJM_REQUIRE_CHROMIUM === undefined)('the preview webview in Chromium', () => {
    let browser: Browser;
    let light: string;
    let dark: string;
    let diagram: Extract<HostMessage, { type: 'diagram' }>;

    beforeAll(async () => {
        light = render(RESTAURANT);
        dark = render(RESTAURANT, '--theme', 'dark');
        diagram = { type: 'diagram', svg: light, journey: 'DinnerVisit', journeys: JOURNEYS, personas: [] };
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    });

    afterAll(async () => {
        await browser?.close();
    });

    async function withPicture(options: { savedState?: PreviewState; dark?: boolean; language?: string } = {}): Promise<WebviewPage> {
        const webview = await openWebview(browser, { embedded: STATE, ...options });
        await webview.send({ type: 'document', uri: STATE.uri, label: 'Preview restaurant-visit.cjm', locked: false });
        await webview.send(diagram);
        await webview.page.locator('#cjm-viewport > svg').waitFor();
        return webview;
    }

    it('asks for its content, loads only its own script and style, and breaks no policy', async () => {
        const webview = await withPicture();
        expect(await webview.posted()).toEqual([{ type: 'ready' }]);
        expect(webview.requests).toEqual([`${ORIGIN}/index.html`, `${ORIGIN}/media/preview.css`, `${ORIGIN}/dist/webview.js`]);
        expect(await webview.page.locator('g.cjm-stage').count()).toBe(7);
        expect(await webview.page.locator('g.cjm-touchpoint').count()).toBe(15);
        expect(webview.problems).toEqual([]);
        await webview.page.close();
    });

    it('runs no script without the nonce', async () => {
        const webview = await withPicture();
        const violated = await webview.page.evaluate(() => new Promise<string>(resolve => {
            document.addEventListener('securitypolicyviolation', event => resolve(event.effectiveDirective), { once: true });
            const script = document.createElement('script');
            script.textContent = 'document.title = "injected"';
            document.body.append(script);
        }));
        expect(violated).toBe('script-src-elem');
        expect(await webview.page.title()).toBe('Preview restaurant-visit.cjm');
        await webview.page.close();
    });

    it('opens with touchpoint text at least 9 px, and Fit shows the whole picture', async () => {
        const webview = await withPicture();
        const smallestText = (): Promise<number> => webview.page.evaluate(() => Math.min(...[...document.querySelectorAll('g.cjm-touchpoint text')]
            .map(text => Number(text.getAttribute('font-size')) * (text as SVGGraphicsElement).getScreenCTM()!.a)));
        // 9 px up to the viewBox attribute's rounding (three decimals).
        expect(await smallestText()).toBeGreaterThan(8.999);
        // The picture's top (title and brief) at the top: the rest is a pan away.
        const opened = await webview.viewBox();
        expect(opened[2]).toBeLessThan(3148);
        await webview.page.locator('#cjm-zoom-fit').click();
        expect((await webview.viewBox())[2]).toBeGreaterThan(3148);
        expect(await smallestText()).toBeLessThan(9);
        await webview.page.close();
    });

    it('keeps the zoom and pan the user chose across redraws', async () => {
        const webview = await withPicture();
        await webview.page.locator('#cjm-zoom-fit').click();
        const fitted = await webview.viewBox();
        expect(fitted[2]).toBeGreaterThan(3148);
        await webview.page.locator('#cjm-zoom-in').click();
        await webview.page.locator('#cjm-zoom-in').click();
        await webview.page.mouse.move(500, 400);
        await webview.page.mouse.down();
        await webview.page.mouse.move(400, 350, { steps: 5 });
        await webview.page.mouse.up();
        const chosen = await webview.viewBox();
        expect(chosen[2]).toBeCloseTo(fitted[2] / 1.5625, 0);
        expect(await webview.page.locator('#cjm-zoom-level').textContent()).toMatch(/^\d+%$/);

        await webview.send({ ...diagram, svg: dark });
        await webview.page.locator('svg.cjm-theme-dark').waitFor();
        expect(await webview.viewBox()).toEqual(chosen);
        expect(webview.problems).toEqual([]);
        await webview.page.close();
    });

    it('zooms with ctrl + wheel around the pointer, and pans with the wheel alone', async () => {
        const webview = await withPicture();
        const fitted = await webview.viewBox();
        await webview.page.mouse.move(500, 300);
        await webview.page.keyboard.down('Control');
        await webview.page.mouse.wheel(0, -300);
        await webview.page.keyboard.up('Control');
        await expect.poll(async () => (await webview.viewBox())[2]).toBeLessThan(fitted[2]);
        const zoomed = await webview.viewBox();
        await webview.page.mouse.wheel(0, 100);
        await expect.poll(async () => (await webview.viewBox())[1]).toBeGreaterThan(zoomed[1]);
        expect((await webview.viewBox())[2]).toBe(zoomed[2]);
        await webview.page.close();
    });

    it('keeps the zoom across a window reload, through the saved state', async () => {
        const first = await withPicture();
        await first.page.locator('#cjm-zoom-in').click();
        const zoomed = await first.viewBox();
        const saved = await first.savedState();
        expect(saved).toMatchObject({ uri: STATE.uri, locked: false, view: { fit: false } });
        await first.page.close();

        const reloaded = await withPicture({ savedState: saved });
        expect(await reloaded.viewBox()).toEqual(zoomed);
        await reloaded.page.close();
    });

    it('posts the clicked element, a touchpoint, barrier, stage, metric or question, by kind and id (and stage)', async () => {
        const webview = await withPicture();
        await webview.page.locator('g.cjm-touchpoint[data-cjm-id="MapSearch"] rect').first().click();
        await webview.page.locator('g.cjm-barrier').first().click();
        await webview.page.locator('g.cjm-stage[data-cjm-id="Book"] text').click();
        // The lanes are below the opening view: the whole picture shows them.
        await webview.page.locator('#cjm-zoom-fit').click();
        await webview.page.locator('g.cjm-metric[data-cjm-id="OnlineShare"] text').first().click();
        const question = webview.page.locator('g.cjm-lane-cell[data-cjm-stage="Book"] g.cjm-question').first();
        await question.locator('text').first().click();
        const barrier = await webview.page.locator('g.cjm-barrier').first().getAttribute('data-cjm-id');
        expect((await webview.posted()).slice(1)).toEqual([
            { type: 'reveal', element: { kind: 'touchpoint', id: 'MapSearch' } },
            { type: 'reveal', element: { kind: 'barrier', id: barrier } },
            { type: 'reveal', element: { kind: 'stage', id: 'Book' } },
            { type: 'reveal', element: { kind: 'metric', id: 'OnlineShare', stage: 'Book' } },
            { type: 'reveal', element: { kind: 'question', id: await question.getAttribute('data-cjm-id'), stage: 'Book' } }
        ]);
        await webview.page.close();
    });

    it('selects nothing at the end of a drag that starts on an element', async () => {
        const webview = await withPicture();
        const box = (await webview.page.locator('g.cjm-touchpoint[data-cjm-id="MapSearch"] rect').first().boundingBox())!;
        await webview.page.mouse.move(box.x + 5, box.y + 5);
        await webview.page.mouse.down();
        await webview.page.mouse.move(box.x + 80, box.y + 40, { steps: 5 });
        await webview.page.mouse.up();
        expect(await webview.posted()).toEqual([{ type: 'ready' }]);
        await webview.page.close();
    });

    it('highlights the element under the cursor and brings it into view at the same zoom', async () => {
        const webview = await withPicture();
        for (let step = 0; step < 4; step++) {
            await webview.page.locator('#cjm-zoom-in').click();
        }
        const before = await webview.viewBox();
        const target = webview.page.locator('g.cjm-touchpoint').last();
        const id = (await target.getAttribute('data-cjm-id'))!;
        await webview.send({ type: 'highlight', element: { kind: 'touchpoint', id }, reveal: true });
        await expect.poll(() => target.getAttribute('class')).toBe('cjm-touchpoint cjm-highlight');
        const after = await webview.viewBox();
        expect(after[2]).toBe(before[2]);
        const rect = (await target.locator('rect').first().boundingBox())!;
        expect(rect.x).toBeGreaterThanOrEqual(0);
        expect(rect.x + rect.width).toBeLessThanOrEqual(1000);

        // A redraw keeps the highlight; another element takes it over; none clears it.
        await webview.send({ ...diagram, svg: dark });
        await webview.page.locator('svg.cjm-theme-dark').waitFor();
        expect(await webview.page.locator('.cjm-highlight').getAttribute('data-cjm-id')).toBe(id);
        await webview.send({ type: 'highlight', element: { kind: 'stage', id: 'Book' }, reveal: false });
        await expect.poll(() => webview.page.locator('.cjm-highlight').getAttribute('data-cjm-id')).toBe('Book');
        await webview.send({ type: 'highlight', element: { kind: 'metric', id: 'OnlineShare', stage: 'Book' }, reveal: false });
        await expect.poll(() => webview.page.locator('.cjm-highlight').getAttribute('class')).toBe('cjm-metric cjm-highlight');
        await webview.send({ type: 'highlight', element: null, reveal: false });
        await expect.poll(() => webview.page.locator('.cjm-highlight').count()).toBe(0);
        await webview.page.close();
    });

    it('keeps the last picture under a banner naming the first syntax error, until a picture comes', async () => {
        const webview = await withPicture();
        await webview.send({ type: 'highlight', element: { kind: 'touchpoint', id: 'MapSearch' }, reveal: false });
        await webview.send({ type: 'syntax-error', message: "Expecting token of type '}' but found `touchpoint`.", line: 12 });
        const banner = webview.page.locator('#cjm-banner');
        await expect.poll(() => banner.isVisible()).toBe(true);
        expect(await banner.textContent()).toBe("Syntax error on line 12: Expecting token of type '}' but found `touchpoint`.");
        expect(await webview.page.locator('g.cjm-touchpoint').count()).toBe(15);
        await webview.page.screenshot({ path: screenshot('syntax-error.png') });

        await webview.send(diagram);
        await expect.poll(() => banner.isVisible()).toBe(false);
        expect(webview.problems).toEqual([]);
        await webview.page.close();
    });

    it('drops the picture of the previous document when it shows another, even one that does not parse', async () => {
        const webview = await withPicture();
        await webview.send({ type: 'document', uri: 'untitled:Untitled-1', label: 'Preview Untitled-1', locked: false });
        await webview.send({ type: 'syntax-error', message: 'unexpected `}`', line: 3 });
        await expect.poll(() => webview.page.locator('#cjm-banner').isVisible()).toBe(true);
        expect(await webview.page.locator('#cjm-viewport > svg').count()).toBe(0);
        await webview.page.close();
    });

    it("lays the picture on the editor's own background, light and dark", async () => {
        for (const [inDark, svg] of [[false, light], [true, dark]] as const) {
            const webview = await withPicture({ dark: inDark });
            await webview.send({ ...diagram, svg });
            await webview.page.locator(`svg.cjm-theme-${inDark ? 'dark' : 'light'}`).waitFor();
            const [editor, picture] = await webview.page.evaluate(() => [
                getComputedStyle(document.body).backgroundColor,
                getComputedStyle(document.querySelector('#cjm-viewport .cjm-background')!).fill
            ]);
            expect(picture).toBe(editor);
            await webview.page.close();
        }
    });

    it('shows a friendly empty state for a file without a journey', async () => {
        const webview = await withPicture();
        await webview.send({ type: 'no-journey' });
        await expect.poll(() => webview.page.locator('#cjm-empty').isVisible()).toBe(true);
        expect(await webview.page.locator('#cjm-viewport > svg').count()).toBe(0);
        await webview.send(diagram);
        await expect.poll(() => webview.page.locator('#cjm-empty').isVisible()).toBe(false);
        await webview.page.close();
    });

    it('offers a journey picker only when the file holds several, and posts the choice', async () => {
        const webview = await withPicture();
        const picker = webview.page.locator('#cjm-journey');
        expect(await picker.isVisible()).toBe(false);
        await webview.send({ ...diagram, journeys: [...JOURNEYS, { id: 'LunchVisit' }] });
        await expect.poll(() => picker.isVisible()).toBe(true);
        expect(await picker.inputValue()).toBe('DinnerVisit');
        expect(await picker.locator('option').allTextContents()).toEqual(['Olive & Ember: a dinner visit', 'LunchVisit']);
        await picker.selectOption('LunchVisit');
        expect((await webview.posted()).at(-1)).toEqual({ type: 'select-journey', journey: 'LunchVisit' });
        await webview.page.close();
    });

    it('asks the host to show the source or export the picture from its toolbar', async () => {
        const webview = await withPicture();
        await webview.page.locator('#cjm-source').click();
        await webview.page.locator('#cjm-export-svg').click();
        await webview.page.locator('#cjm-export-png').click();
        expect((await webview.posted()).slice(-3)).toEqual([{ type: 'show-source' }, { type: 'export', format: 'svg' }, { type: 'export', format: 'png' }]);
        await webview.page.close();
    });

    it('offers a persona picker when the journey has several personas: the whole journey or one persona\'s view', async () => {
        const webview = await withPicture();
        const picker = webview.page.locator('#cjm-persona');
        expect(await picker.isVisible()).toBe(false);
        const personas = [{ id: 'HRManager', title: 'HR manager', role: 'buyer' as const }, { id: 'Employee', title: 'Employee', role: 'user' as const }];
        await webview.send({ ...diagram, personas });
        await expect.poll(() => picker.isVisible()).toBe(true);
        expect(await picker.inputValue()).toBe('');
        expect(await picker.locator('option').allTextContents()).toEqual(['All personas', 'HR manager (buyer)', 'Employee (user)']);
        await picker.selectOption('Employee');
        expect((await webview.posted()).at(-1)).toEqual({ type: 'select-persona', persona: 'Employee' });
        await webview.send({ ...diagram, personas, persona: 'Employee' });
        await expect.poll(() => picker.inputValue()).toBe('Employee');
        await picker.selectOption('');
        expect((await webview.posted()).at(-1)).toEqual({ type: 'select-persona' });
        await webview.page.close();
    });

    it('shows and toggles the lock', async () => {
        const webview = await withPicture();
        const lock = webview.page.locator('#cjm-lock');
        expect(await lock.getAttribute('aria-pressed')).toBe('false');
        await lock.click();
        expect((await webview.posted()).at(-1)).toEqual({ type: 'toggle-lock' });
        await webview.send({ type: 'document', uri: STATE.uri, label: '[Preview] restaurant-visit.cjm', locked: true });
        await expect.poll(() => lock.getAttribute('aria-pressed')).toBe('true');
        expect(await webview.savedState()).toMatchObject({ locked: true });
        await webview.page.close();
    });

    it('speaks Russian to a Russian VS Code: the whole-journey option, the lock and the syntax error banner', async () => {
        const webview = await withPicture({ language: 'ru' });
        expect(await webview.page.locator('html').getAttribute('lang')).toBe('ru');
        const personas = [{ id: 'HRManager', title: 'HR manager', role: 'buyer' as const }, { id: 'Employee', title: 'Employee', role: 'user' as const }];
        await webview.send({ ...diagram, personas });
        await expect.poll(() => webview.page.locator('#cjm-persona option').first().textContent()).toBe('Все персоны');
        const lock = webview.page.locator('#cjm-lock');
        expect(await lock.textContent()).toBe('Закрепить');
        expect(await lock.getAttribute('title')).toBe('Просмотр следует за активным редактором. Щёлкните, чтобы закрепить его на этом файле.');
        await webview.send({ type: 'document', uri: STATE.uri, label: '[Предварительный просмотр] restaurant-visit.cjm', locked: true });
        await expect.poll(() => lock.textContent()).toBe('Закреплено');
        await webview.send({ type: 'syntax-error', message: 'Ожидалась `}`.', line: 12 });
        await expect.poll(() => webview.page.locator('#cjm-banner').textContent()).toBe('Синтаксическая ошибка, строка 12: Ожидалась `}`.');
        await webview.page.close();
    });

    it('rasterises an SVG to a PNG twice its size', async () => {
        const webview = await withPicture();
        await webview.send({ type: 'rasterize', requestId: 7, svg: light, scale: 2 });
        await expect.poll(async () => (await webview.posted()).length).toBe(2);
        const answer = (await webview.posted())[1];
        expect(answer).toMatchObject({ type: 'rasterized', requestId: 7 });
        const png = Buffer.from((answer as { png: string }).png, 'base64');
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        // Width and height from the IHDR chunk: twice the SVG's, rounded up.
        const size = (name: string) => Number(new RegExp(`<svg [^>]*\\b${name}="([0-9.]+)"`).exec(light)![1]);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.ceil(2 * size('width')), Math.ceil(2 * size('height'))]);
        expect(webview.problems).toEqual([]);
        await webview.page.close();
    });

    it('refuses a picture with a script, keeping the one it has', async () => {
        const webview = await withPicture();
        await webview.send({ ...diagram, svg: light.replace('</svg>', '<script>document.title = "run"</script></svg>') });
        await expect.poll(() => webview.page.locator('#cjm-banner').textContent()).toContain('<script> element');
        expect(await webview.page.locator('script:not([src])').count()).toBe(0);
        expect(await webview.page.locator('g.cjm-stage').count()).toBe(7);
        await webview.page.close();
    });

    it('looks right in a dark theme', async () => {
        const webview = await withPicture({ dark: true });
        await webview.send({ ...diagram, svg: dark });
        await webview.page.locator('svg.cjm-theme-dark').waitFor();
        for (let step = 0; step < 6; step++) {
            await webview.page.locator('#cjm-zoom-in').click();
        }
        await webview.send({ type: 'highlight', element: { kind: 'touchpoint', id: 'MapSearch' }, reveal: true });
        await webview.page.locator('.cjm-highlight').waitFor();
        expect(await webview.page.locator('.cjm-highlight rect').first().isVisible()).toBe(true);
        await webview.page.screenshot({ path: screenshot('dark.png') });
        await webview.page.close();
    });
});

function screenshot(name: string): string {
    mkdirSync(SCREENSHOTS, { recursive: true });
    return path.join(SCREENSHOTS, name);
}
