// Code passed to evaluate runs in the browser.
/// <reference lib="dom" />
/**
 * The page object of VS Code's workbench as code-server serves it, driven through Debian's
 * chromium with playwright-core: commands by title through F1, files through quick open,
 * the cursor from the status bar, the Problems panel, and the preview's webview, whose page
 * sits two frames deep (`iframe.webview.ready`, then `#active-frame`). Every wait is bounded.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserServer, type Frame, type FrameLocator, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const PALETTE_LABEL = 'Type the name of a command to run.';
/** Long enough for a loaded 2-core machine, short enough that a hang fails the test. */
export const WAIT_MS = 30_000;

export interface Cursor {
    line: number;
    column: number;
}

export class Workbench {
    private constructor(
        private readonly server: BrowserServer,
        private readonly browser: Browser,
        readonly page: Page,
        private readonly home: string
    ) {}

    /**
     * Starts chromium (its own process, whose pid `launchServer` knows) and opens `url` on
     * `folder`; `watch` sees the page before it loads (a benchmark's listeners).
     */
    static async open(url: string, folder: string, viewport = { width: 1600, height: 900 }, watch?: (page: Page) => void): Promise<Workbench> {
        const home = mkdtempSync(path.join(tmpdir(), 'cjm-e2e-chromium-'));
        mkdirSync(path.join(home, 'tmp'));
        const server = await chromium.launchServer({
            executablePath: CHROMIUM,
            args: ARGS,
            env: { ...process.env, HOME: home, TMPDIR: path.join(home, 'tmp'), XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') }
        });
        const browser = await chromium.connect(server.wsEndpoint());
        const page = await browser.newPage({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
        page.setDefaultTimeout(WAIT_MS);
        const bench = new Workbench(server, browser, page, home);
        watch?.(page);
        // `load` waits about a minute for marketplace look-ups that fail offline.
        await page.goto(`${url}?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
        await page.locator('.monaco-workbench').waitFor();
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
        return bench;
    }

    async close(): Promise<void> {
        await this.browser.close().catch(() => undefined);
        const pid = this.server.process().pid;
        await this.server.close().catch(() => undefined);
        if (pid !== undefined) {
            try {
                process.kill(pid, 'SIGKILL');
            } catch {
                // Closed already.
            }
        }
        rmSync(this.home, { recursive: true, force: true, maxRetries: 3 });
    }

    /**
     * Runs a command by its title as the palette lists it, e.g. `CJM: Open Preview to the Side`.
     * `asks`: the command opens a quick pick of its own (resolves once it shows).
     */
    async runCommand(title: string, options: { asks?: boolean } = {}): Promise<void> {
        await this.closeQuickInput();
        await this.page.keyboard.press('F1');
        const input = this.quickInput();
        await input.waitFor();
        await input.fill(`>${title}`);
        await this.pick(title, !options.asks);
        if (options.asks) {
            await waitUntil(async () => (await input.getAttribute('aria-label')) !== PALETTE_LABEL && (await input.isVisible()), `the quick pick of ${title}`);
        }
    }

    /** Opens a workspace file by name through quick open. */
    async openFile(name: string): Promise<void> {
        await this.closeQuickInput();
        await this.page.keyboard.press('Control+P');
        const input = this.quickInput();
        await input.waitFor();
        await input.fill(name);
        await this.pick(name);
        await this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
        await this.focusEditor();
    }

    /** A new untitled buffer in the language the language picker lists as `languageName`. */
    async newUntitled(languageName: string): Promise<void> {
        await this.runCommand('File: New Untitled Text File');
        await this.page.locator('.tabs-container .tab.active[data-resource-name^="Untitled"]').waitFor();
        await this.runCommand('Change Language Mode', { asks: true });
        await this.quickInput().fill(languageName);
        await this.pick(languageName);
        await this.focusEditor();
    }

    /** Chooses a colour theme as the user does, by its label in Preferences: Color Theme (e.g. `Dark Modern`). */
    async pickColorTheme(theme: string): Promise<void> {
        await this.runCommand('Preferences: Color Theme', { asks: true });
        await this.quickInput().fill(theme);
        await this.pick(theme);
    }

    /** Moves the cursor to the start of a 1-based line (Go to Line). */
    async goToLine(line: number, column = 1): Promise<void> {
        await this.focusEditor();
        await this.page.keyboard.press('Control+G');
        await this.quickInput().waitFor();
        await this.page.keyboard.type(`${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await waitUntil(async () => (await this.cursor())?.line === line, `the cursor on line ${line}`);
    }

    /** Opens a new line below `line` and types `text` on it, as keystrokes (suggestions dismissed). */
    async typeLineAfter(line: number, text: string): Promise<void> {
        await this.goToLine(line);
        await this.page.keyboard.press('End');
        await this.page.keyboard.press('Enter');
        await this.typeText(text);
    }

    /** Types into the focused editor key by key, then dismisses any suggestion widget. */
    async typeText(text: string): Promise<void> {
        await this.page.keyboard.type(text, { delay: 10 });
        await this.page.keyboard.press('Escape');
    }

    /**
     * Types `prefix` key by key, waits until the suggestion labelled `label` is the focused
     * one, and accepts it with Enter (a skeleton then waits at its first tab stop).
     */
    async acceptSuggestion(prefix: string, label: string): Promise<void> {
        await this.page.keyboard.type(prefix, { delay: 10 });
        const focused = this.page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name');
        await waitUntil(async () => (await focused.innerText()).trim() === label, `'${label}' focused in the suggestions`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
    }

    /** The hover at the cursor (Show or Focus Hover), as text. */
    async hoverText(): Promise<string> {
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+I');
        const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
        await hover.waitFor();
        return hover.innerText();
    }

    /** Opens the quick fixes at the cursor (Ctrl+.) and applies the one titled `title`. */
    async quickFix(title: string): Promise<void> {
        await this.page.keyboard.press('Control+.');
        const row = this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
        await row.waitFor();
        await row.click();
        await row.waitFor({ state: 'hidden' });
    }

    /** Closes every editor, discarding unsaved changes (the test's copies of the maps). */
    async closeAllEditors(): Promise<void> {
        // By its keys (Ctrl+K Ctrl+W): through the palette, the save dialog it opens catches the palette's click.
        await this.focusEditor();
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+W');
        const discard = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Don\'t Save' });
        if (await discard.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
            await discard.click();
        }
        await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached' });
    }

    /** Saves the active editor (File: Save). */
    async save(): Promise<void> {
        await this.page.keyboard.press('Control+S');
        await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    }

    /** Pastes `text` through the clipboard, in one edit (no auto-closing or auto-indenting per key). */
    async paste(text: string): Promise<void> {
        await this.page.evaluate(content => navigator.clipboard.writeText(content), text);
        await this.page.keyboard.press('Control+V');
    }

    /** Focuses the first editor group (where the test keeps its text editors; previews open beside it), cursor kept. */
    async focusEditor(): Promise<void> {
        const focused = this.page.locator('.editor-group-container.active .monaco-editor.focused').first();
        await this.page.keyboard.press('Control+1');
        // A webview that has the focus does not always pass the key on: then a click on the editor's tab.
        if (!(await focused.waitFor({ timeout: 2_000 }).then(() => true, () => false))) {
            await this.page.locator('.editor-group-container').first().locator('.tab.active').click();
            await focused.waitFor();
        }
    }

    /** The cursor as the status bar shows it ("Ln 12, Col 5"), or undefined while no editor is active. */
    async cursor(): Promise<Cursor | undefined> {
        const item = this.page.locator('[id="status.editor.selection"]');
        if (!(await item.isVisible())) {
            return undefined;
        }
        const match = /Ln (\d+), Col (\d+)/.exec(await item.innerText());
        return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    }

    /** The problem counts item of the status bar, e.g. "No Problems" or "Errors: 0, Warnings: 1". */
    async problemCounts(): Promise<string> {
        return (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
    }

    /** The rows of the Problems panel (its rows exist only while it is visible), each as its text. */
    async problems(): Promise<string[]> {
        await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const rows = this.page.locator('.markers-panel .monaco-list-row');
        await rows.first().waitFor();
        return rows.evaluateAll(elements => elements.map(element => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    }

    /** Hides the panel (Problems, Output...) if it shows. */
    async hidePanel(): Promise<void> {
        const panel = this.page.locator('.part.panel');
        if (await panel.isVisible()) {
            await this.runCommand('View: Toggle Panel Visibility');
            await panel.waitFor({ state: 'hidden' });
        }
    }

    /** The preview's page (its webview's inner frame). */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    }

    /** The preview page's frame, to evaluate in (the one that holds the preview's viewport). */
    async webviewFrame(): Promise<Frame> {
        await this.webview().locator('#cjm-viewport').waitFor({ state: 'attached' });
        for (const frame of this.page.frames()) {
            if (frame.name() === 'active-frame' || /fake\.html/.test(frame.url())) {
                if (await frame.locator('#cjm-viewport').count().catch(() => 0)) {
                    return frame;
                }
            }
        }
        throw new Error('no webview frame holds #cjm-viewport');
    }

    /** Closes a leftover quick input (palette, quick open) so the next one starts clean. */
    private async closeQuickInput(): Promise<void> {
        if (await this.page.locator('.quick-input-widget').isVisible()) {
            await this.page.keyboard.press('Escape');
            await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        }
    }

    private quickInput(): Locator {
        return this.page.locator('.quick-input-widget .quick-input-box input');
    }

    /** Accepts the quick pick's row labelled exactly `label` (its description and keybinding aside) once it is listed. */
    private async pick(label: string, closes = true): Promise<void> {
        const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
        let labels: string[] = [];
        let clicked = false;
        // The list re-renders while results come in: find the row and click it again until a click lands.
        // A click that lands may still report a failure when the row goes with the list it opens (a command's own pick).
        await waitUntil(async () => {
            labels = await rows.evaluateAll(elements => elements.map(element => (element.querySelector('.label-name') as HTMLElement | null)?.innerText ?? ''));
            const index = labels.indexOf(label);
            if (index < 0) {
                return clicked;
            }
            clicked = true;
            // The first row is the focused one: Enter takes it, however busy the list is re-rendering.
            if (index === 0) {
                await this.quickInput().press('Enter');
                return true;
            }
            // A row that never holds still (a busy machine re-renders the list) gets a click where it is.
            const row = rows.nth(index);
            return row.click({ timeout: 2_000 }).then(() => true, () => row.click({ force: true, timeout: 2_000 }).then(() => true, () => false));
        }, () => `"${label}" in the quick pick (it lists ${JSON.stringify(labels)})`);
        if (closes) {
            await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        }
    }
}

/** Polls `check` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, what: string | (() => string), timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await check().catch(() => false)) {
            return;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${typeof what === 'string' ? what : what()}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);
