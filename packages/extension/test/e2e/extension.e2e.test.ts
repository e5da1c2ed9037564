// Code passed to evaluate runs in the browser.
/// <reference lib="dom" />
/**
 * The packaged extension in a real VS Code, as a user meets it: `vsce package` of the built
 * extension installed into code-server (VS Code 1.139 in the browser), driven through Debian's
 * chromium, on a copy of examples/workspace plus a file with one lint problem. The steps
 * build on each other in order, like one editing session.
 *
 * Needs code-server (node packages/extension/scripts/install-code-server.mjs installs it into
 * .code-server/ at the top of the clone, about 3 minutes). Skipped without it, unless
 * CJM_REQUIRE_VSCODE is set (.ci/run sets it): then a missing code-server is installed first
 * and a missing chromium fails the test.
 *
 * CJM_SCREENSHOTS=1 also writes docs/vscode-preview-light.png and docs/vscode-preview-dark.png,
 * and docs/vscode-compare-light.png.
 * CJM_E2E_ARTIFACTS=DIR keeps a screenshot of the workbench after each failed step there.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameLocator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSvg, wellFormedProblems } from '../../../language/test/diagram/svg-contract.js';
import { CodeServer, codeServerInstalled, installCodeServer, packageVsix } from './code-server.js';
import { chromiumAvailable, waitUntil, Workbench } from './workbench.js';

const REPOSITORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const EXAMPLE = path.join(REPOSITORY, 'examples/workspace');
const ONBOARDING = readFileSync(path.join(EXAMPLE, 'onboarding.cjm'), 'utf8').split('\n');
const SCREENSHOTS = process.env.CJM_SCREENSHOTS === '1';

const required = process.env.CJM_REQUIRE_VSCODE !== undefined;
const skipReason = required ? undefined
    : !codeServerInstalled() ? 'code-server is not installed (node packages/extension/scripts/install-code-server.mjs installs it; CJM_REQUIRE_VSCODE=1 requires it)'
    : !chromiumAvailable() ? 'no Debian chromium at /usr/bin/chromium (CJM_REQUIRE_VSCODE=1 requires it)'
    : undefined;
if (skipReason !== undefined) {
    console.warn(`extension.e2e.test.ts skipped: ${skipReason}`);
}

const STAGES = ['Before', 'Join', 'During', 'After'];
const TOUCHPOINTS = ONBOARDING.map(line => /^\s*touchpoint (\w+)/.exec(line)?.[1]).filter(id => id !== undefined);

const ARTIFACTS = process.env.CJM_E2E_ARTIFACTS;

describe.skipIf(skipReason !== undefined)(`the packaged extension in VS Code (code-server)${skipReason ? ` (skipped: ${skipReason})` : ''}`, { timeout: 120_000 }, () => {
    let work: string;
    let folder: string;
    let server: CodeServer;
    let bench: Workbench;
    let preview: FrameLocator;
    /** onboarding.cjm as the editor holds it, edited along with it, to know where lines are. */
    const text = [...ONBOARDING];

    /** The 1-based line of the first line that contains `needle`. */
    const lineOf = (needle: string): number => {
        const index = text.findIndex(line => line.includes(needle));
        if (index < 0) {
            throw new Error(`onboarding.cjm has no line with ${needle}`);
        }
        return index + 1;
    };
    /** A new line after `line`, typed key by key or pasted in one edit. */
    const addLine = async (line: number, content: string, how: 'type' | 'paste'): Promise<void> => {
        await bench.typeLineAfter(line, how === 'type' ? content : '');
        if (how === 'paste') {
            await bench.paste(content);
        }
        text.splice(line, 0, content);
    };
    /** The line that closes the block opened on `line` (the first later line indented as deep). */
    const endOf = (line: number): number => {
        const indent = /^\s*/.exec(text[line - 1])![0];
        return text.findIndex((candidate, index) => index >= line && candidate === `${indent}}`) + 1;
    };
    /** The picture's content: what the server drew, without the view (viewBox) and the highlight the webview adds. */
    const picture = (): Promise<string> => preview.locator('#cjm-viewport svg').evaluate(svg => svg.innerHTML.replaceAll(' cjm-highlight', ''));
    const view = async () => {
        const viewport = preview.locator('#cjm-viewport');
        return { scale: await viewport.getAttribute('data-cjm-scale'), viewBox: await viewport.locator('svg').getAttribute('viewBox'), level: await preview.locator('#cjm-zoom-level').innerText() };
    };
    /** Marks the picture shown, so that `redrawn` can wait for the next one. */
    const markPicture = (): Promise<void> => preview.locator('#cjm-viewport svg').evaluate(svg => svg.setAttribute('data-e2e-old', ''));
    const redrawn = (): Promise<void> => preview.locator('#cjm-viewport svg:not([data-e2e-old])').waitFor({ state: 'attached' });
    /** Switches the colour theme (by its label in the picker) and waits for the preview's picture in the matching diagram theme. */
    const setTheme = async (theme: string, current: string): Promise<void> => {
        if (theme === current) {
            return;
        }
        await markPicture();
        await bench.pickColorTheme(theme);
        await bench.page.locator(`.monaco-workbench.${theme.includes('Dark') ? 'vs-dark' : 'vs'}`).waitFor();
        await redrawn();
    };

    const ids = (kind: string): Promise<string[]> =>
        preview.locator(`#cjm-viewport g.cjm-${kind}`).evaluateAll(groups => groups.map(group => group.getAttribute('data-cjm-id') ?? ''));
    const touchpoint = (id: string) => preview.locator(`#cjm-viewport g.cjm-touchpoint[data-cjm-id="${id}"]`);

    beforeAll(async () => {
        if (!codeServerInstalled()) {
            await installCodeServer();
        }
        work = mkdtempSync(path.join(tmpdir(), 'cjm-e2e-work-'));
        const vsix = packageVsix(work);
        folder = path.join(work, 'pulsefit');
        cpSync(EXAMPLE, folder, { recursive: true });
        writeFileSync(path.join(folder, 'unused.cjm'), '// A channel no journey uses yet.\nchannel Fax "Fax machine" offline\n');
        // The new file a new writer starts their first map in.
        writeFileSync(path.join(folder, 'first-visit.cjm'), '');
        server = await CodeServer.start({ folder, vsix, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
        bench = await Workbench.open(server.url, folder);
        preview = bench.webview();
    }, 30 * 60_000);

    afterEach(async context => {
        if (ARTIFACTS && context.task.result?.state === 'fail' && bench) {
            mkdirSync(ARTIFACTS, { recursive: true });
            await bench.page.screenshot({ path: path.join(ARTIFACTS, `${context.task.name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
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

    it('shows the server\'s diagnostics in the Problems panel with their rule codes', async () => {
        await waitUntil(async () => (await bench.problemCounts()) === 'Warnings: 1', 'one warning (and no error) in the status bar');
        // The file's row, then the problem's: message, source(code) and position.
        const rows = await bench.problems();
        expect(rows).toHaveLength(2);
        expect(rows[0]).toBe('unused.cjm 1');
        expect(rows[1]).toMatch(/^No touchpoint refers to channel `Fax`\. cjm\W+unused-channel\W+\[Ln 2, Col 9\]$/);
    });

    it('Open Preview to the Side draws the journey: its stage and touchpoint groups', async () => {
        await bench.hidePanel();
        await bench.runCommand('CJM: Open Preview to the Side');
        await preview.locator('#cjm-viewport svg g.cjm-touchpoint').first().waitFor();
        expect(await ids('stage')).toEqual(STAGES);
        expect((await ids('touchpoint')).sort()).toEqual([...TOUCHPOINTS].sort());
        // The editor keeps the focus: typing goes on in the text.
        expect(await bench.page.locator('.tabs-container .tab.active[data-resource-name="onboarding.cjm"]').count()).toBe(1);
    });

    it('the preview opens readable: touchpoint text at least 9 px, the rest a pan away', async () => {
        const frame = await bench.webviewFrame();
        const sizes = await frame.evaluate(() => [...document.querySelectorAll('#cjm-viewport g.cjm-touchpoint text')]
            .map(text => Number(text.getAttribute('font-size')) * (text as SVGGraphicsElement).getScreenCTM()!.a));
        expect(sizes.length).toBeGreaterThan(0);
        // 9 px up to the viewBox attribute's rounding (three decimals).
        expect(Math.min(...sizes)).toBeGreaterThan(8.999);
        expect((await view()).level).not.toBe('100%');
    });

    it.runIf(SCREENSHOTS)('screenshots: the editor with the preview beside it, light and dark', async () => {
        // A readable picture: no side bar or minimap, the preview as it opens (its first stages, readable).
        await bench.runCommand('View: Toggle Primary Side Bar Visibility');
        await bench.runCommand('View: Toggle Minimap');
        await bench.goToLine(lineOf('touchpoint DayPass'), 16);
        await touchpoint('DayPass').and(preview.locator('.cjm-highlight')).waitFor();
        await bench.focusEditor();
        // The themes the settings call "Default Light Modern" and "Default Dark Modern".
        let current = 'Light Modern';
        for (const [theme, file] of [['Light Modern', 'vscode-preview-light.png'], ['Dark Modern', 'vscode-preview-dark.png']]) {
            await setTheme(theme, current);
            current = theme;
            // No tooltip of whatever the pointer last touched.
            await bench.page.mouse.move(1200, 850);
            await bench.page.waitForTimeout(1000);
            await bench.page.screenshot({ path: path.join(REPOSITORY, 'docs', file) });
        }
        await setTheme('Light Modern', current);
        await bench.runCommand('View: Toggle Minimap');
        await bench.runCommand('View: Toggle Primary Side Bar Visibility');
    });

    it('typing a new touchpoint redraws the preview with it, before the file is saved', async () => {
        await addLine(endOf(lineOf('touchpoint DayPass')), 'touchpoint Locker "Gets a locker key" via FrontDesk for Beginner', 'type');
        await touchpoint('Locker').waitFor();
        expect(await ids('stage')).toEqual(STAGES);
        expect(readFileSync(path.join(folder, 'onboarding.cjm'), 'utf8')).not.toContain('Locker');
    });

    it('clicking a touchpoint selects its source in the editor', async () => {
        await touchpoint('PricePage').locator('rect').first().click();
        await waitUntil(async () => (await bench.cursor())?.line === lineOf('touchpoint PricePage'), 'the cursor on PricePage\'s line');
    });

    it('moving the cursor highlights the element under it', async () => {
        await bench.goToLine(lineOf('touchpoint Induction'), 20);
        await touchpoint('Induction').and(preview.locator('.cjm-highlight')).waitFor();
        expect(await preview.locator('#cjm-viewport .cjm-highlight').count()).toBe(1);
        await bench.goToLine(lineOf('touchpoint ProgressCheck'), 20);
        await touchpoint('ProgressCheck').and(preview.locator('.cjm-highlight')).waitFor();
        expect(await touchpoint('Induction').getAttribute('class')).not.toMatch(/cjm-highlight/);
    });

    it('zoom and pan survive a redraw', async () => {
        await preview.locator('#cjm-zoom-in').click();
        await preview.locator('#cjm-zoom-in').click();
        const box = (await preview.locator('#cjm-viewport').boundingBox())!;
        await bench.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await bench.page.mouse.down();
        await bench.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 40, { steps: 5 });
        await bench.page.mouse.up();
        const zoomed = await view();
        expect(zoomed.level).not.toBe('100%');
        // An edit outside any drawn element: the cursor highlights nothing, so nothing scrolls into view.
        await markPicture();
        await addLine(lineOf('// Required stages'), '// Edited in VS Code.', 'type');
        await redrawn();
        expect(await view()).toEqual(zoomed);
        // A new element under the cursor may pan the view to it, at the same zoom.
        await addLine(lineOf('touchpoint Locker'), 'touchpoint Towel "Rents a towel" via FrontDesk for Beginner', 'type');
        await touchpoint('Towel').waitFor({ state: 'attached' });
        expect((await view()).scale).toBe(zoomed.scale);
        await preview.locator('#cjm-zoom-fit').click();
    });

    it('text that does not parse keeps the last picture under a banner naming the syntax error', async () => {
        const banner = preview.locator('#cjm-banner');
        expect(await banner.isHidden()).toBe(true);
        const before = await picture();
        // Pasted in one edit: typed key by key, the text would parse (and be drawn) until `via`.
        await addLine(lineOf('touchpoint Towel'), 'touchpoint Broken "Half typed" via', 'paste');
        await banner.waitFor({ state: 'visible' });
        expect(await banner.innerText()).toMatch(/^Syntax error on line \d+: /);
        expect(await picture()).toBe(before);
        expect(await preview.locator('#cjm-viewport.cjm-stale').count()).toBe(1);
        // Delete the line again: the next picture clears the banner.
        await bench.page.keyboard.press('Control+Shift+K');
        text.splice(lineOf('touchpoint Broken') - 1, 1);
        await banner.waitFor({ state: 'hidden' });
        expect(await ids('touchpoint')).not.toContain('Broken');
    });

    it('an untitled cjm buffer previews too', async () => {
        await bench.runCommand('View: Focus First Editor Group');
        await bench.newUntitled('CJM');
        await bench.paste([
            'journey Scratch "An idea, not yet saved" {',
            '  stage Idea "Idea" {',
            '    touchpoint Sketch "Sketches the flow" { emotion 1 }',
            '    touchpoint Share "Shares it with the team" { emotion 2 }',
            '  }',
            '}',
            ''
        ].join('\n'));
        await bench.runCommand('CJM: Open Preview to the Side');
        await touchpoint('Share').waitFor();
        expect(await ids('stage')).toEqual(['Idea']);
        expect(await ids('touchpoint')).toEqual(['Sketch', 'Share']);
    });

    it('Export SVG writes the picture of the unsaved text, meeting the diagram contract', async () => {
        await bench.runCommand('View: Focus First Editor Group');
        await bench.openFile('onboarding.cjm');
        await bench.runCommand('CJM: Export SVG…', { asks: true });
        // The save dialog proposes onboarding.svg beside the map; accept it.
        const input = bench.page.locator('.quick-input-widget .quick-input-box input');
        await waitUntil(async () => (await input.inputValue()) === path.join(folder, 'onboarding.svg'), 'the save dialog at pulsefit/onboarding.svg');
        await bench.page.keyboard.press('Enter');
        const file = path.join(folder, 'onboarding.svg');
        await waitUntil(async () => existsSync(file), 'onboarding.svg written');
        const svg = readFileSync(file, 'utf8');
        expect(wellFormedProblems(svg)).toEqual([]);
        const view = readSvg(svg);
        expect(view.viewBox!.width).toBeGreaterThan(0);
        expect(view.viewBox!.height).toBeGreaterThan(0);
        expect(view.forbidden).toEqual([]);
        expect(view.stages.map(stage => stage.id)).toEqual(STAGES);
        expect(view.touchpoints.map(group => group.id).sort()).toEqual([...TOUCHPOINTS, 'Locker', 'Towel'].sort());
    });

    it('a preview locked to its file comes back after a window reload, with its zoom', async () => {
        // Locked, it stays on onboarding.cjm whichever editor VS Code makes active after the reload.
        await preview.locator('#cjm-lock').click();
        await preview.locator('#cjm-lock[aria-pressed="true"]').waitFor();
        await preview.locator('#cjm-zoom-in').click();
        const zoomed = await view();
        // As the user reloads: VS Code saves its state (the preview's with it) before the page goes.
        bench.page.once('dialog', dialog => void dialog.accept());
        await Promise.all([bench.page.waitForEvent('load'), bench.runCommand('Developer: Reload Window')]);
        await bench.page.locator('.monaco-workbench').waitFor();
        // The extension host and the language server start again: on a loaded machine this takes a while.
        await preview.locator('#cjm-viewport svg g.cjm-touchpoint').first().waitFor({ timeout: 90_000 });
        expect(await ids('stage')).toEqual(STAGES);
        expect(await preview.locator('#cjm-lock').getAttribute('aria-pressed')).toBe('true');
        expect((await view()).level).toBe(zoomed.level);
    });

    // A new writer's first map, from an empty file, with only what the editor offers.
    const FIRST = 'first-visit.cjm';
    const firstText = (): string => readFileSync(path.join(folder, FIRST), 'utf8');
    const firstLineOf = (needle: string): number => firstText().split('\n').findIndex(line => line.includes(needle)) + 1;

    it('a first map: `stage` and `touchpoint` + Enter write their skeletons, with tab stops to fill', async () => {
        await bench.closeAllEditors();
        await bench.openFile(FIRST);
        await bench.paste([
            'journey FirstVisit "A first visit" {',
            '  objective "Turn a free day pass into a membership"',
            '  problem "Visitors never come back after the free day"',
            '  target Beginner',
            '',
            '',
            '}',
            ''
        ].join('\n'));
        await bench.goToLine(6);
        await bench.page.keyboard.type('  ');
        await bench.acceptSuggestion('stage', 'stage');
        // The name, then the title, then the body: each Tab moves to the next place to type.
        await bench.page.keyboard.type('Before', { delay: 10 });
        await bench.page.keyboard.press('Tab');
        await bench.page.keyboard.type('Before the first visit', { delay: 10 });
        await bench.page.keyboard.press('Tab');
        await bench.acceptSuggestion('touchpoint', 'touchpoint');
        await bench.page.keyboard.type('DayPass', { delay: 10 });
        await bench.page.keyboard.press('Tab');
        await bench.page.keyboard.type('Books a free day pass', { delay: 10 });
        // The channel, persona and emotion keep their first choices.
        await bench.page.keyboard.press('Escape');
        await bench.page.keyboard.press('Escape');
        await bench.save();
        expect(firstText()).toMatch(new RegExp([
            '  target Beginner\\n\\n',
            '  stage Before "Before the first visit" \\{\\n',
            '    touchpoint DayPass "Books a free day pass" via \\w+ for \\w+ \\{\\n',
            '      emotion 0\\n',
            '    \\}\\n',
            '  \\}\\n\\}\\n$'
        ].join('')));
    });

    it('hover on `emotion` says what it means', async () => {
        await bench.goToLine(firstLineOf('emotion 0'), 9);
        expect(await bench.hoverText()).toContain('how the customer feels here, from -2 (very negative) to +2 (very positive)');
        await bench.page.keyboard.press('Escape');
    });

    it('the research quick fix adds a question and no answer: the stage stays flagged until research answers it', async () => {
        await bench.goToLine(firstLineOf('stage Before'), 11);
        await bench.quickFix('Add a research question to stage \'Before\'');
        await bench.save();
        expect(firstText()).toContain('      emotion 0\n    }\n    question ""\n  }\n');
        expect(firstText()).not.toMatch(/answer|\d{4}-\d{2}-\d{2}/);
    });

    it('Ctrl+K V opens the preview of the new map beside it', async () => {
        await bench.focusEditor();
        await bench.page.keyboard.press('Control+K');
        await bench.page.keyboard.press('v');
        await touchpoint('DayPass').waitFor();
        expect(await ids('stage')).toEqual(['Before']);
        expect(await bench.page.locator('.tabs-container .tab.active[data-resource-name="first-visit.cjm"]').count()).toBe(1);
    });

    it.runIf(SCREENSHOTS)('screenshots: a first map being written, a barrier skeleton offering the touchpoints, light and dark', async () => {
        await bench.runCommand('View: Toggle Primary Side Bar Visibility');
        const question = firstLineOf('question ""');
        let current = 'Light Modern';
        for (const [theme, file] of [['Light Modern', 'vscode-first-map-light.png'], ['Dark Modern', 'vscode-first-map-dark.png']]) {
            await setTheme(theme, current);
            current = theme;
            // Enter keeps the indentation of the question above.
            await bench.typeLineAfter(question, '');
            await bench.acceptSuggestion('barrier', 'barrier');
            await bench.page.keyboard.type('NoLocker', { delay: 10 });
            await bench.page.keyboard.press('Tab');
            await bench.page.keyboard.type('No free locker after the tour', { delay: 10 });
            // At `at`: the choice of the journey's touchpoints, while the preview draws the barrier.
            await bench.page.keyboard.press('Tab');
            await bench.page.locator('.suggest-widget.visible .monaco-list-row.focused').waitFor();
            await preview.locator('#cjm-viewport g.cjm-barrier[data-cjm-id="NoLocker"]').waitFor();
            await bench.page.mouse.move(1200, 850);
            await bench.page.waitForTimeout(1000);
            await bench.page.screenshot({ path: path.join(REPOSITORY, 'docs', file) });
            await bench.page.keyboard.press('Escape');
            await bench.page.keyboard.press('Escape');
            // The barrier's three lines go again.
            await bench.goToLine(question + 1);
            for (let i = 0; i < 3; i++) {
                await bench.page.keyboard.press('Control+Shift+K');
            }
        }
        await setTheme('Light Modern', current);
        await bench.runCommand('View: Toggle Primary Side Bar Visibility');
        await bench.save();
        expect(firstText()).not.toContain('NoLocker');
    });

    it('Show Source in the preview\'s toolbar brings back the map\'s editor', async () => {
        await preview.locator('#cjm-source').click();
        await bench.page.locator('.editor-group-container.active .tab.active[data-resource-name="first-visit.cjm"]').waitFor();
        await bench.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
    });

    it('Compare with HEAD opens the drawn change beside the Markdown diff, and both follow the text', async () => {
        // The map as the earlier steps left it, saved and read back, so that HEAD holds it and its lines are found in it.
        await bench.openFile('onboarding.cjm');
        await bench.save();
        text.splice(0, text.length, ...readFileSync(path.join(folder, 'onboarding.cjm'), 'utf8').split('\n'));
        // The folder as a git repository whose HEAD is the files on disk; the editor's text gets a new touchpoint.
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: folder });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'HEAD');
        await addLine(endOf(lineOf('touchpoint DayPass')), 'touchpoint Towel "Gets a towel" via FrontDesk for Beginner', 'paste');
        await bench.runCommand('CJM: Compare with HEAD');
        await bench.page.locator('.tab[data-resource-name="onboarding.cjm (HEAD ↔ working tree).md"]').waitFor();
        await bench.page.locator('.tab', { hasText: 'Change: onboarding.cjm' }).waitFor();
        /** The marks of the drawn change, from whichever webview frame shows it. */
        const marks = async (): Promise<string[]> => {
            for (const frame of bench.page.frames()) {
                const found = await frame.locator('svg [data-cjm-change]').evaluateAll(groups =>
                    groups.map(group => `${group.getAttribute('data-cjm-id')} ${group.getAttribute('data-cjm-change')}`)).catch(() => []);
                if (found.length > 0) {
                    return found;
                }
            }
            return [];
        };
        await waitUntil(async () => (await marks()).includes('Towel added'), 'the new touchpoint marked "added" in the drawn change');
        if (SCREENSHOTS) {
            await bench.page.mouse.move(1200, 850);
            await bench.page.waitForTimeout(1000);
            await bench.page.screenshot({ path: path.join(REPOSITORY, 'docs', 'vscode-compare-light.png') });
        }
        // The map's own editor is in the first group (the diff shows the file in another group too).
        await bench.runCommand('View: Focus First Editor Group');
        await addLine(lineOf('touchpoint Towel'), 'touchpoint Shower "Takes a shower" via FrontDesk for Beginner', 'paste');
        await waitUntil(async () => (await marks()).includes('Shower added'), 'the next edit drawn in the change');
    });
});
