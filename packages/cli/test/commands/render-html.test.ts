// Code passed to page.evaluate runs in the browser.
/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

// The HTML page in a real browser (Debian's chromium, which .ci/run installs): it must load
// nothing, log nothing (a CSP violation is a console error), show the diagram and zoom.

const CHROMIUM = '/usr/bin/chromium';
const RESTAURANT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples/restaurant-visit.cjm');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

interface OpenedPage {
    page: Page;
    requests: string[];
    /** Console messages and uncaught errors. */
    problems: string[];
}

// Skipped on a machine without chromium, unless CJM_REQUIRE_CHROMIUM is set (.ci/run sets
// it, so CI cannot pass without running it).
describe.skipIf(!existsSync(CHROMIUM) && process.env.CJM_REQUIRE_CHROMIUM === undefined)('cjm render --format html in Chromium', () => {
    let browser: Browser;
    let pageUrl: string;
    let html: string;

    beforeAll(async () => {
        const root = makeWorkspace();
        const file = path.join(root, 'visit.html');
        expect(await runCli(['render', RESTAURANT, '-o', file])).toEqual({ code: 0, stdout: '', stderr: '' });
        pageUrl = pathToFileURL(file).href;
        html = readFileSync(file, 'utf8');
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    });

    afterAll(async () => {
        await browser?.close();
    });

    async function open(): Promise<OpenedPage> {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        const requests: string[] = [];
        const problems: string[] = [];
        page.on('request', request => requests.push(request.url()));
        page.on('console', message => problems.push(`console.${message.type()}: ${message.text()}`));
        page.on('pageerror', error => problems.push(`error: ${error.message}`));
        await page.goto(pageUrl, { waitUntil: 'load' });
        return { page, requests, problems };
    }

    const viewBox = async (page: Page) => (await page.locator('svg').first().getAttribute('viewBox'))!.split(' ').map(Number);

    it('requests nothing but the page itself and logs no message or error', async () => {
        const { page, requests, problems } = await open();
        // Let the page act on its own (fit, resize) before judging.
        await page.waitForTimeout(200);
        expect(requests).toEqual([pageUrl]);
        expect(problems).toEqual([]);
        await page.close();
    });

    it('enforces its Content-Security-Policy: an injected inline script does not run', async () => {
        const { page } = await open();
        const violated = await page.evaluate(() => new Promise<string>(resolve => {
            document.addEventListener('securitypolicyviolation', event => resolve(event.effectiveDirective), { once: true });
            const script = document.createElement('script');
            script.textContent = 'document.title = "injected"';
            document.body.append(script);
        }));
        expect(violated).toBe('script-src-elem');
        expect(await page.title()).toBe('Olive & Ember: a dinner visit');
        await page.close();
    });

    it('shows the whole diagram fitted to the window', async () => {
        const { page } = await open();
        const box = await page.locator('svg').first().boundingBox();
        expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
        const drawing = /viewBox="([^"]+)"/.exec(html)![1].split(' ').map(Number);
        const [x, y, width, height] = await viewBox(page);
        expect(x).toBeLessThanOrEqual(drawing[0]);
        expect(y).toBeLessThanOrEqual(drawing[1]);
        expect(x + width).toBeGreaterThanOrEqual(drawing[0] + drawing[2]);
        expect(y + height).toBeGreaterThanOrEqual(drawing[1] + drawing[3]);
        await page.close();
    });

    it('paints the diagram: its background, stage columns and barrier boxes in their colours', async () => {
        const { page } = await open();
        const screenshot = await page.screenshot();
        const shares = await colourShares(screenshot);
        const background = fillOf(/<rect x="0" y="0" width="[^"]+" height="[^"]+" fill="(#[0-9a-f]{6})"/);
        const stage = fillOf(/<g class="cjm-stage"[^>]*>(?:<title>[^<]*<\/title>)?<rect [^>]*fill="(#[0-9a-f]{6})"/);
        const barrier = fillOf(/<g class="cjm-barrier"[^>]*>(?:<title>[^<]*<\/title>)?<rect [^>]*fill="(#[0-9a-f]{6})"/);
        expect(new Set([background, stage, barrier]).size, 'three distinct fills to look for').toBe(3);
        expect(shares.get(background) ?? 0).toBeGreaterThan(0.05);
        expect(shares.get(stage) ?? 0).toBeGreaterThan(0.05);
        expect(shares.get(barrier) ?? 0).toBeGreaterThan(0.001);
        // Text, arrows and marks: many more colours than the flat fills.
        expect(shares.size).toBeGreaterThan(20);
        await page.close();
    });

    it('zooms with + - 0, the buttons and the wheel, and pans by dragging', async () => {
        const { page, problems } = await open();
        const fitted = await viewBox(page);

        await page.keyboard.press('+');
        const zoomedIn = await viewBox(page);
        expect(zoomedIn[2]).toBeCloseTo(fitted[2] / 1.25, 1);
        await page.keyboard.press('0');
        expect(await viewBox(page)).toEqual(fitted);

        await page.getByRole('button', { name: 'Zoom out' }).click();
        expect((await viewBox(page))[2]).toBeCloseTo(fitted[2] * 1.25, 1);
        await page.getByRole('button', { name: 'Fit to window' }).click();
        expect(await viewBox(page)).toEqual(fitted);

        await page.mouse.move(640, 360);
        await page.mouse.wheel(0, -200);
        await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(fitted[2]);

        const beforeDrag = await viewBox(page);
        await page.mouse.down();
        await page.mouse.move(740, 400, { steps: 4 });
        await page.mouse.up();
        const afterDrag = await viewBox(page);
        expect(afterDrag[0]).toBeLessThan(beforeDrag[0]);
        expect(afterDrag[1]).toBeLessThan(beforeDrag[1]);
        expect(afterDrag[2]).toBe(beforeDrag[2]);
        expect(problems).toEqual([]);
        await page.close();
    });

    function fillOf(pattern: RegExp): string {
        const match = pattern.exec(html);
        expect(match, String(pattern)).not.toBeNull();
        return match![1];
    }

    /** Each colour of a PNG as '#rrggbb' with its share of the pixels, decoded by the browser itself. */
    async function colourShares(png: Buffer): Promise<Map<string, number>> {
        const page = await browser.newPage();
        const counts = await page.evaluate(async (source: string) => {
            const image = new Image();
            image.src = source;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0);
            const { data } = context.getImageData(0, 0, image.width, image.height);
            const found: Record<string, number> = {};
            for (let i = 0; i < data.length; i += 4) {
                const colour = '#' + [data[i], data[i + 1], data[i + 2]].map(value => value.toString(16).padStart(2, '0')).join('');
                found[colour] = (found[colour] ?? 0) + 1;
            }
            return { found, total: data.length / 4 };
        }, `data:image/png;base64,${png.toString('base64')}`);
        await page.close();
        return new Map(Object.entries(counts.found).map(([colour, count]) => [colour, count / counts.total]));
    }
});
