/**
 * The extension's browser entry (github.dev, vscode.dev): declared in the manifest, and its
 * two bundles (the client, dist/browser-extension.js, and the language server's worker,
 * dist/server-browser.js) load no Node built-in. The client is activated in a V8 context
 * with only a worker's globals, where `require` answers `vscode` (a stand-in) and
 * nothing else; the worker bundle is run and spoken to in packages/language's
 * test/main-browser.test.ts. The e2e test (test/e2e/browser.e2e.test.ts) runs both in
 * code-server's web worker extension host.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBuiltin, loadedModules } from '../bundle-modules.js';
import { standInVscode, type Registrations } from '../stand-in-vscode.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    browser: string;
    capabilities: { virtualWorkspaces: unknown; untrustedWorkspaces: { supported: unknown } };
    contributes: { commands: Array<{ command: string }> };
};
const CLIENT = path.join(ROOT, manifest.browser);
const SERVER = path.join(ROOT, 'dist/server-browser.js');
const NODE_BUILTINS = ['fs', 'child_process', 'path', 'os', 'worker_threads'];

describe('the browser entry', () => {
    it('is declared beside main, with virtual and untrusted workspaces supported (the server reads maps, it runs nothing of them)', () => {
        expect(manifest.browser).toBe('./dist/browser-extension.js');
        expect(manifest.capabilities).toEqual({ virtualWorkspaces: true, untrustedWorkspaces: { supported: true } });
    });

    it('has bundles that load no Node built-in: the client only vscode, the worker nothing', () => {
        for (const bundle of [CLIENT, SERVER]) {
            if (!fs.existsSync(bundle)) {
                throw new Error(`${path.relative(ROOT, bundle)} is not built: run \`npm run build\` first.`);
            }
        }
        const client = fs.readFileSync(CLIENT, 'utf8');
        const server = fs.readFileSync(SERVER, 'utf8');
        expect(loadedModules(client)).toEqual(['vscode']);
        expect(loadedModules(server)).toEqual([]);
        for (const name of NODE_BUILTINS) {
            expect(isBuiltin(name)).toBe(true);
            for (const bundle of [client, server]) {
                expect(bundle).not.toMatch(new RegExp(`(?<![.\\w])require\\(\\s*["'](?:node:)?${name}["']`));
            }
        }
    });
});

describe('activation of dist/browser-extension.js with a worker\'s globals', () => {
    const registrations: Registrations = new Map();
    const required: string[] = [];
    const workers: unknown[] = [];
    const messages: unknown[] = [];
    let initialized: () => void = () => undefined;

    beforeAll(async () => {
        const vscode = standInVscode(registrations);
        const module = { exports: {} as { activate: (context: unknown) => Promise<void> } };
        const scope = vm.createContext({
            module, exports: module.exports,
            require: (id: string) => {
                required.push(id);
                if (id !== 'vscode') {
                    throw new Error(`the browser entry required ${id}`);
                }
                return vscode;
            },
            Worker: class {
                constructor(url: unknown) {
                    workers.push(url);
                }
                /** The client's first message (initialize) comes once everything is registered; no server answers it. */
                postMessage(message: { method?: string }): void {
                    messages.push(message.method);
                    initialized();
                }
                addEventListener(): void {}
                terminate(): void {}
            },
            console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, crypto, atob, btoa
        });
        vm.runInContext(fs.readFileSync(CLIENT, 'utf8'), scope, { filename: CLIENT });
        const context = { subscriptions: [], extensionUri: {}, workspaceState: { get: () => undefined, update: async () => {} } };
        // The activation waits for the server's answer, which never comes: wait for its question instead.
        await new Promise<void>(resolve => {
            initialized = resolve;
            void module.exports.activate(context);
        });
    });

    it('requires nothing but vscode, starts its server as a Web Worker and registers every command of the manifest', () => {
        expect([...new Set(required)]).toEqual(['vscode']);
        expect(workers).toHaveLength(1);
        expect(messages).toEqual(['initialize']);
        expect([...(registrations.get('registerCommand') ?? [])].sort()).toEqual(manifest.contributes.commands.map(command => command.command).sort());
        expect(registrations.get('registerWebviewPanelSerializer')).toEqual(['cjm.preview']);
    });
});
