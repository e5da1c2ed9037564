// Code passed to evaluate runs in the browser.
/// <reference lib="dom" />
/**
 * The extension as github.dev and vscode.dev run it: its `browser` entry in code-server's
 * web worker extension host, inside Chromium, with the language server in a Web Worker.
 * The web host is forced by a copy of the manifest without `main` (packageBrowserOnlyVsix):
 * with a Node entry, code-server would run the extension in its Node host instead. On a
 * copy of examples/workspace plus a file with one lint problem, one editing session:
 * activation, diagnostics with rule codes, completion after `via `, the preview drawn and
 * following an edit, a click that reveals the source, Compare with HEAD's message where git
 * is out of reach, and a changed cjm.config.json that changes the diagnostics (the
 * extension reads files through `vscode.workspace.fs`).
 *
 * Needs code-server and chromium as extension.e2e.test.ts does (same skip rules).
 * CJM_SCREENSHOTS=1 also writes docs/vscode-browser-preview.png; CJM_E2E_ARTIFACTS=DIR keeps a
 * screenshot of the workbench after each failed step there.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameLocator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeServer, codeServerInstalled, installCodeServer, packageBrowserOnlyVsix } from './code-server.js';
import { chromiumAvailable, waitUntil, Workbench } from './workbench.js';

const REPOSITORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const EXAMPLE = path.join(REPOSITORY, 'examples/workspace');
const SCREENSHOTS = process.env.CJM_SCREENSHOTS === '1';
const ARTIFACTS = process.env.CJM_E2E_ARTIFACTS;

const required = process.env.CJM_REQUIRE_VSCODE !== undefined;
const skipReason = required ? undefined
    : !codeServerInstalled() ? 'code-server is not installed (node packages/extension/scripts/install-code-server.mjs installs it; CJM_REQUIRE_VSCODE=1 requires it)'
    : !chromiumAvailable() ? 'no Debian chromium at /usr/bin/chromium (CJM_REQUIRE_VSCODE=1 requires it)'
    : undefined;
if (skipReason !== undefined) {
    console.warn(`browser.e2e.test.ts skipped: ${skipReason}`);
}

describe.skipIf(skipReason !== undefined)(`the browser entry in code-server's web worker extension host${skipReason ? ` (skipped: ${skipReason})` : ''}`, { timeout: 120_000 }, () => {
    let work: string;
    let folder: string;
    let server: CodeServer;
    let bench: Workbench;
    let preview: FrameLocator;
    const onboarding = (): string[] => readFileSync(path.join(folder, 'onboarding.cjm'), 'utf8').split('\n');
    const lineOf = (needle: string): number => onboarding().findIndex(line => line.includes(needle)) + 1;
    const touchpoint = (id: string) => preview.locator(`#cjm-viewport g.cjm-touchpoint[data-cjm-id="${id}"]`);
    /** The workbench showed, to its first diagnostics in Problems: the start a reviewer waits for. */
    let firstDiagnosticsMs: number;

    beforeAll(async () => {
        if (!codeServerInstalled()) {
            await installCodeServer();
        }
        work = mkdtempSync(path.join(tmpdir(), 'cjm-e2e-browser-'));
        const vsix = packageBrowserOnlyVsix(work);
        folder = path.join(work, 'pulsefit');
        cpSync(EXAMPLE, folder, { recursive: true });
        writeFileSync(path.join(folder, 'unused.cjm'), '// A channel no journey uses yet.\nchannel Fax "Fax machine" offline\n');
        server = await CodeServer.start({ folder, vsix, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
        bench = await Workbench.open(server.url, folder);
        const shown = Date.now();
        // The extension activates on the workspace's maps (workspaceContains), before any file is opened.
        await waitUntil(async () => (await bench.problemCounts()) === 'Warnings: 1', 'one warning in the status bar', 60_000);
        firstDiagnosticsMs = Date.now() - shown;
        console.log(`browser host: first diagnostics ${firstDiagnosticsMs} ms after the workbench showed`);
        preview = bench.webview();
    }, 30 * 60_000);

    afterEach(async context => {
        if (ARTIFACTS && context.task.result?.state === 'fail' && bench) {
            mkdirSync(ARTIFACTS, { recursive: true });
            await bench.page.screenshot({ path: path.join(ARTIFACTS, `browser-${context.task.name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        }
    });

    afterAll(async () => {
        await bench?.close();
        await server?.stop();
        if (work) {
            rmSync(work, { recursive: true, force: true });
        }
    }, 60_000);

    it('activates on a cjm file: the language mode and the journey coverage show in the status bar', async () => {
        await bench.openFile('onboarding.cjm');
        await bench.page.locator('[id="status.editor.mode"]', { hasText: 'CJM' }).waitFor();
        await bench.page.locator('.statusbar-item', { hasText: 'MemberOnboarding: 4/4 stages covered' }).waitFor();
    });

    it('shows the worker\'s diagnostics in the Problems panel with their rule codes', async () => {
        const rows = await bench.problems();
        expect(rows).toEqual(['unused.cjm 1', expect.stringMatching(/^No touchpoint refers to channel `Fax`\. cjm\W+unused-channel\W+\[Ln 2, Col 9\]$/)]);
        await bench.hidePanel();
        await bench.focusEditor();
    });

    it('completes the channels in scope after `via `, those of the other files included', async () => {
        await bench.typeLineAfter(lineOf('touchpoint DayPass') + 3, 'touchpoint Locker "Gets a locker key" via ');
        await bench.page.keyboard.press('Control+Space');
        const suggestions = bench.page.locator('.suggest-widget .monaco-list-row');
        await suggestions.first().waitFor();
        const labels = await suggestions.evaluateAll(rows => rows.map(row => row.getAttribute('aria-label') ?? ''));
        // FrontDesk is declared in shared.cjm, Website in onboarding.cjm.
        expect(labels.some(label => label.startsWith('FrontDesk'))).toBe(true);
        expect(labels.some(label => label.startsWith('Website'))).toBe(true);
        await bench.page.keyboard.press('Escape');
        await bench.typeText('FrontDesk for Beginner');
    });

    it('the preview draws the journey and follows the unsaved edit', async () => {
        await bench.runCommand('CJM: Open Preview to the Side');
        await touchpoint('Locker').waitFor();
        expect(await preview.locator('#cjm-viewport g.cjm-stage').evaluateAll(groups => groups.map(group => group.getAttribute('data-cjm-id')))).toEqual(['Before', 'Join', 'During', 'After']);
        expect(onboarding().join('\n')).not.toContain('Locker');
    });

    it.runIf(SCREENSHOTS)('screenshot: the browser host with the preview beside the map', async () => {
        await bench.runCommand('View: Toggle Primary Side Bar Visibility');
        await bench.focusEditor();
        await bench.page.mouse.move(1200, 850);
        await bench.page.waitForTimeout(1000);
        await bench.page.screenshot({ path: path.join(REPOSITORY, 'docs/vscode-browser-preview.png') });
        await bench.runCommand('View: Toggle Primary Side Bar Visibility');
    });

    it('clicking a touchpoint selects its source in the editor', async () => {
        await touchpoint('PricePage').locator('rect').first().click();
        await waitUntil(async () => (await bench.cursor())?.line === lineOf('touchpoint PricePage'), 'the cursor on PricePage\'s line');
    });

    it('Compare with HEAD says that this host has no git in reach, and what to do instead', async () => {
        await bench.focusEditor();
        await bench.runCommand('CJM: Compare with HEAD');
        await bench.page.locator('.notifications-toasts', { hasText: 'Cannot compare with HEAD: this editor has no git' }).waitFor();
    });

    it('a change to cjm.config.json on disk changes the diagnostics, and changing it back clears them', async () => {
        const file = path.join(folder, 'cjm.config.json');
        const config = readFileSync(file, 'utf8');
        writeFileSync(file, config.replace('"After"]', '"After", "Advocacy"]'));
        await waitUntil(async () => /^Errors: [1-9]/.test(await bench.problemCounts()), 'errors for the new required stage');
        const rows = await bench.problems();
        expect(rows.filter(row => /\brequired-stage\b/.test(row)).length).toBeGreaterThan(0);
        await bench.hidePanel();
        writeFileSync(file, config);
        await waitUntil(async () => (await bench.problemCounts()) === 'Warnings: 1', 'the one warning again');
    });
});
