import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMermaid } from '../../src/export/mermaid.js';
import { exampleJourneyModels, journeyModel } from '../fixtures.js';

// What GitHub shows: the exported diagram drawn by Mermaid's own browser bundle in
// Chromium. Parsing alone is not enough: Mermaid parses its `#58;` entities but its
// journey renderer draws them undecoded.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const MERMAID = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid')), 'mermaid.min.js');

/** The texts Mermaid drew for a diagram, and what the page logged. */
async function drawnTexts(browser: Browser, folder: string, diagram: string): Promise<{ texts: string[]; problems: string[] }> {
    const file = path.join(folder, 'diagram.html');
    const escaped = diagram.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(file, `<!doctype html><meta charset="utf-8"><pre class="mermaid">${escaped}</pre>`
        + `<script src="${pathToFileURL(MERMAID).href}"></script>`
        + '<script>mermaid.initialize({ startOnLoad: false }); mermaid.run().then(() => { document.body.dataset.drawn = "yes"; });</script>');
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', message => problems.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', error => problems.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-drawn="yes"] svg');
    const texts = await page.$$eval('svg text', nodes => nodes.map(node => node.textContent ?? ''));
    await page.close();
    return { texts, problems };
}

describe.skipIf(!existsSync(CHROMIUM) && process.env.CJM_REQUIRE_CHROMIUM === undefined)('exportMermaid drawn by Mermaid in Chromium', () => {
    let browser: Browser;
    let folder: string;

    beforeAll(async () => {
        folder = mkdtempSync(path.join(os.tmpdir(), 'cjm-mermaid-'));
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    });

    afterAll(async () => {
        await browser?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('draws every stage and touchpoint title of an example as a reader should see it', async () => {
        const model = (await exampleJourneyModels()).find(journey => journey.name === 'RestaurantVisit')!;
        const { texts, problems } = await drawnTexts(browser, folder, exportMermaid(model));
        expect(problems).toEqual([]);
        expect(texts).toContain('Olive & Ember∶ a dinner visit');
        for (const title of model.stages.flatMap(stage => [stage.title, ...stage.touchpoints.map(touchpoint => touchpoint.title)])) {
            expect(texts.join('\n')).toContain(title!.split(' ')[0]);
        }
    });

    it('draws titles full of Mermaid syntax as text, with no entity left undecoded', async () => {
        const hostile = 'Pay: now; or #later <b>100%</b> #58;';
        const model = await journeyModel(`persona Buyer "Buyer: head, of ops"
journey Hostile "${hostile}" {
  stage Pay "${hostile}" {
    touchpoint Bill "${hostile}" for Buyer { emotion 1 }
  }
}
`, 'Hostile');
        const { texts, problems } = await drawnTexts(browser, folder, exportMermaid(model));
        expect(problems).toEqual([]);
        const shown = 'Pay∶ now； or ＃later ‹b›100％‹/b› ＃58；';
        expect(texts.filter(text => text === shown).length, texts.join(' | ')).toBeGreaterThanOrEqual(2);
        expect(texts).toContain('Buyer∶ head‚ of ops');
        expect(texts.join('')).not.toMatch(/ﬂ|¶ß|#58;/);
    });
});
