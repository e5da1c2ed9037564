// Code passed to page.evaluate runs in the browser.
/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

// `cjm diff --format svg|html`: the change drawn, for the grocery journeys and for hostile
// text; the page in a real browser (Debian's chromium) switches between its pictures.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GROCERY = path.resolve(HERE, '../../../../examples/grocery-delivery');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** `touchpoint Doorstep changed emotion,flow` for every group the SVG marks. */
function marks(svg: string): string[] {
    const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return [...svg.matchAll(/<g\b[^>]*\sdata-cjm-change="[^"]*"[^>]*>/g)].map(([tag]) =>
        [attribute(tag, 'class')!.replace('cjm-', ''), attribute(tag, 'data-cjm-id'), attribute(tag, 'data-cjm-change'), attribute(tag, 'data-cjm-fields')]
            .filter(part => part !== undefined).join(' '));
}

async function drawn(format: 'svg' | 'html', ...more: string[]): Promise<string> {
    const out = path.join(makeWorkspace(), `change.${format}`);
    const run = await runCli(['diff', 'current.cjm', 'future.cjm', '--format', format, '-o', out, ...more], { cwd: GROCERY });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 1, stdout: '', stderr: '' });
    return readFileSync(out, 'utf8');
}

describe('cjm diff --format svg: the grocery redesign drawn', () => {
    it('marks exactly the groups that changed: new touchpoints, barriers, opportunities and questions, the changed ones, the ghosts', async () => {
        expect(marks(await drawn('svg')).sort()).toEqual([
            'barrier BadSubstitutions removed', 'barrier LateCourier removed', 'barrier LongCalls removed', 'barrier NoEveningSlots removed',
            'barrier NoListImport removed', 'barrier NoReminder removed', 'barrier NoReply added', 'barrier PoorSearch removed',
            'barrier RefundForm removed', 'barrier SlotCapacity added',
            'metric BasketTime changed baseline,actual,source,measured', 'metric CheckoutCompletion changed baseline,actual,measured',
            'metric OnTime changed baseline,actual,measured', 'metric PlanTime changed baseline,actual,source,measured',
            'metric RefundTime changed baseline,actual,measured', 'metric WeeklyShare changed baseline,actual,measured',
            'opportunity DefaultPrefs added', 'opportunity SubstitutionPrefs removed',
            'persona FamilyPlanner changed context,quote', 'persona Senior changed habit',
            // A question is named by its text; a removed one answered twice is drawn as two answers, each in its question's group.
            'question Do customers answer substitution requests? added', 'question Do customers keep a recurring slot? added',
            'question Do customers trust a refund at the door? added', 'question Does a &#39;buy again&#39; list replace the paper list? added',
            'question How do customers experience substitutions? removed', 'question How do customers experience substitutions? removed',
            'question How do families plan their weekly order? removed', 'question How often is something missing? removed',
            'question Is a phone order faster from the previous basket? added', 'question What goes wrong at checkout? removed',
            'question Why do customers abandon full baskets? removed', 'question Why do customers abandon full baskets? removed',
            'question Why do weekly customers switch to a supermarket trip? removed', 'question Would a reminder bring customers back each week? added',
            'touchpoint AssistedPhoneOrder added', 'touchpoint DoorRefund added', 'touchpoint Doorstep changed emotion,flow', 'touchpoint ExactSearch added',
            'touchpoint NextWeek removed', 'touchpoint OneTapPay added', 'touchpoint OrderDayReminder added', 'touchpoint Payment removed',
            'touchpoint PhoneOrder removed', 'touchpoint ProductSearch removed', 'touchpoint PromoEmail removed', 'touchpoint RecurringSlot added',
            'touchpoint RefundRequest removed', 'touchpoint ShoppingList removed', 'touchpoint SlotPicker removed', 'touchpoint SmartList added',
            'touchpoint SubstitutionApproval added', 'touchpoint SubstitutionSms removed', 'touchpoint Unpacking removed'
        ]);
    });

    it('draws the old emotion where it moved: Doorstep was 0 for each of its three personas', async () => {
        const svg = await drawn('svg');
        expect(svg.match(/<g class="cjm-old-emotion-curve"/g)).toHaveLength(3);
    });
});

describe('cjm diff --format html, hostile text', () => {
    it('keeps a title with markup as text in the pictures, the list and the page title', async () => {
        const map = (title: string) => `journey J "Shop" {\n  stage S "Stage" {\n    touchpoint T "${title}" { emotion 0 }\n  }\n}\n`;
        const root = makeWorkspace({ 'a.cjm': map('Plain'), 'b.cjm': map('<img src=x onerror=alert(1)> & <script>x</script>') });
        const out = path.join(root, 'change.html');
        expect((await runCli(['diff', 'a.cjm', 'b.cjm', '--format', 'html', '-o', out], { cwd: root })).code).toBe(1);
        const html = readFileSync(out, 'utf8');
        expect(html).not.toMatch(/<img|<script/);
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;x&lt;/script&gt;');
    });
});

describe.skipIf(!existsSync(CHROMIUM) && process.env.CJM_REQUIRE_CHROMIUM === undefined)('cjm diff --format html in Chromium', () => {
    let browser: Browser;
    let pageUrl: string;

    beforeAll(async () => {
        const out = path.join(makeWorkspace(), 'change.html');
        const html = await drawn('html', '--theme', 'dark');
        const { writeFileSync } = await import('node:fs');
        writeFileSync(out, html);
        pageUrl = pathToFileURL(out).href;
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    });

    afterAll(async () => {
        await browser?.close();
    });

    it('shows the marked picture first, switches to the new and the old one, lists the changes, and loads and logs nothing', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const requests: string[] = [];
        const problems: string[] = [];
        page.on('request', request => requests.push(request.url()));
        page.on('console', message => problems.push(`console.${message.type()}: ${message.text()}`));
        page.on('pageerror', error => problems.push(`error: ${error.message}`));
        await page.goto(pageUrl, { waitUntil: 'load' });
        const shown = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-cjm-view]'))
            .filter(view => getComputedStyle(view).display !== 'none').map(view => view.dataset.cjmView));
        expect(await shown()).toEqual(['marked']);
        await page.getByText('New', { exact: true }).click();
        expect(await shown()).toEqual(['new']);
        expect(await page.locator('[data-cjm-view="new"] [data-cjm-change]').count()).toBe(0);
        await page.getByText('Old', { exact: true }).click();
        expect(await shown()).toEqual(['old']);
        expect(await page.locator('[data-cjm-view="old"] .cjm-touchpoint[data-cjm-id="PromoEmail"]').count()).toBe(1);
        await page.getByText('Changes marked', { exact: true }).click();
        expect(await shown()).toEqual(['marked']);
        expect(await page.locator('aside tbody tr').count()).toBe(74);
        expect(await page.locator('aside').textContent()).toContain('74 changes: 17 added, 27 removed, 30 changed');
        expect({ requests: requests.filter(url => url !== pageUrl), problems }).toEqual({ requests: [], problems: [] });
    });
});
