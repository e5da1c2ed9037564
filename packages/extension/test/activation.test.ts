/**
 * Activation of the built extension host bundle (dist/extension.cjs) against a stand-in for
 * the `vscode` module that records what the extension registers: every command the manifest
 * contributes gets its handler, the preview its panel serializer, the diff its scheme.
 * (The e2e test activates the .vsix in a real VS Code; this one runs in a second.)
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { standInVscode, type Registrations } from './stand-in-vscode.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist/extension.cjs');

/** Refuses to start processes: the test must not start a language server. */
const NO_PROCESSES = Object.fromEntries(['fork', 'spawn', 'execFile', 'exec'].map(name => [name, () => {
    throw new Error('this test starts no process');
}]));

/** Loads the bundle as VS Code does (CommonJS), with `vscode` answered by the stand-in and no child processes. */
function loadExtension(vscode: unknown): { activate: (context: unknown) => Promise<void> } {
    const module = { exports: {} as { activate: (context: unknown) => Promise<void> } };
    const requireReal = createRequire(BUNDLE);
    const require = (id: string): unknown => (id === 'vscode' ? vscode : id.replace(/^node:/, '') === 'child_process' ? NO_PROCESSES : requireReal(id));
    new Function('module', 'exports', 'require', '__filename', '__dirname', fs.readFileSync(BUNDLE, 'utf8'))(module, module.exports, require, BUNDLE, path.dirname(BUNDLE));
    return module.exports;
}

describe('activation of dist/extension.cjs', () => {
    const registrations: Registrations = new Map();

    beforeAll(async () => {
        if (!fs.existsSync(BUNDLE)) {
            throw new Error('packages/extension/dist is not built: run `npm run build -w packages/extension` first.');
        }
        const subscriptions: unknown[] = [];
        const context = { subscriptions, asAbsolutePath: (file: string) => path.join(ROOT, file), extensionUri: {}, workspaceState: { get: () => undefined, update: async () => {} } };
        // The stand-in cannot run the language client: starting it fails, after everything is registered.
        await loadExtension(standInVscode(registrations)).activate(context).catch(() => undefined);
    });

    it('registers a handler for every command the manifest contributes, and no other cjm command', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string }> } };
        const contributed = manifest.contributes.commands.map(command => command.command).sort();
        expect([...(registrations.get('registerCommand') ?? [])].sort()).toEqual(contributed);
    });

    it('registers the preview\'s panel serializer and the scheme of the diff documents', () => {
        expect(registrations.get('registerWebviewPanelSerializer')).toEqual(['cjm.preview']);
        expect(registrations.get('registerTextDocumentContentProvider')).toEqual(['cjm-diff']);
    });
});
