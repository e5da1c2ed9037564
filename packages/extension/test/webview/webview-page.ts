// Code passed to page.evaluate runs in the browser.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { HostMessage, PreviewState, WebviewMessage } from '../../src/preview/messages.js';
import { previewHtml } from '../../src/preview/preview-html.js';
import { previewWords } from '../../src/preview/preview-words.js';

/**
 * The preview's webview outside VS Code: the page `previewHtml` writes, served from a
 * made-up origin that stands for `webview.cspSource`, with the webview bundle built as the
 * extension's bundle script builds it (IIFE for the browser) and `acquireVsCodeApi`
 * stubbed so the test sees every message and state the page posts.
 */
const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ORIGIN = 'https://webview.test';
const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3';

declare global {
    interface Window {
        /** What the page posted to the host, in order. */
        posted: WebviewMessage[];
        /** The last state the page saved. */
        savedState: PreviewState | undefined;
    }
}

let script: Promise<string> | undefined;

/** The webview bundle, built once per test run. */
export function webviewScript(): Promise<string> {
    script ??= build({
        entryPoints: [path.join(PACKAGE, 'src/webview/main.ts')],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        write: false
    }).then(result => result.outputFiles[0].text);
    return script;
}

export interface WebviewPage {
    page: Page;
    /** Every request the page made. */
    requests: string[];
    /** Console messages, uncaught errors and CSP violations. */
    problems: string[];
    send(message: HostMessage): Promise<void>;
    posted(): Promise<WebviewMessage[]>;
    savedState(): Promise<PreviewState | undefined>;
    viewBox(): Promise<number[]>;
}

/**
 * Opens the preview page. `savedState` is what `vscode.getState()` answers (a webview
 * VS Code restores); `embedded` the state the host wrote into the page.
 */
export async function openWebview(browser: Browser, options: { savedState?: PreviewState; embedded: PreviewState; dark?: boolean; language?: string }): Promise<WebviewPage> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', request => requests.push(request.url()));
    page.on('console', message => problems.push(`console.${message.type()}: ${message.text()}`));
    page.on('pageerror', error => problems.push(`error: ${error.message}`));
    const html = previewHtml({
        cspSource: ORIGIN,
        nonce: NONCE,
        scriptUri: `${ORIGIN}/dist/webview.js`,
        styleUri: `${ORIGIN}/media/preview.css`,
        state: options.embedded,
        words: previewWords(options.language ?? 'en')
    }).replace('<body>', `<body class="${options.dark ? 'vscode-dark' : 'vscode-light'}">`);
    const files: Record<string, { body: string; contentType: string }> = {
        '/index.html': { body: html, contentType: 'text/html' },
        '/dist/webview.js': { body: await webviewScript(), contentType: 'text/javascript' },
        '/media/preview.css': { body: readFileSync(path.join(PACKAGE, 'media/preview.css'), 'utf8'), contentType: 'text/css' }
    };
    await page.route(`${ORIGIN}/**`, route => {
        const file = files[new URL(route.request().url()).pathname];
        return file === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ status: 200, ...file });
    });
    await page.addInitScript(({ saved, dark }: { saved: PreviewState | null; dark: boolean }) => {
        // VS Code sets the theme's colours on the root element, as here (through the CSSOM, which the policy allows).
        const colours = dark
            ? { 'editor-background': '#1e1e1e', foreground: '#cccccc', 'button-secondaryBackground': '#3a3d41', 'button-secondaryForeground': '#ffffff' }
            : { 'editor-background': '#ffffff', foreground: '#3b3b3b', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b' };
        document.addEventListener('DOMContentLoaded', () => {
            for (const [name, value] of Object.entries(colours)) {
                document.documentElement.style.setProperty(`--vscode-${name}`, value);
            }
        });
        window.posted = [];
        window.savedState = saved ?? undefined;
        document.addEventListener('securitypolicyviolation', event => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
        Object.assign(window, {
            acquireVsCodeApi: () => ({
                postMessage: (message: WebviewMessage) => window.posted.push(message),
                getState: () => window.savedState,
                setState: (state: PreviewState) => {
                    window.savedState = JSON.parse(JSON.stringify(state));
                }
            })
        });
    }, { saved: options.savedState ?? null, dark: options.dark ?? false });
    await page.goto(`${ORIGIN}/index.html`);
    return {
        page,
        requests,
        problems,
        send: message => page.evaluate(data => window.postMessage(data, '*'), message),
        posted: () => page.evaluate(() => window.posted),
        savedState: () => page.evaluate(() => window.savedState),
        viewBox: async () => (await page.locator('#cjm-viewport > svg').getAttribute('viewBox'))!.split(' ').map(Number)
    };
}
