/**
 * The extension's manifest (package.json) and the files it points at: the commands of the
 * contract, menus and activation events that name only its commands, a valid language
 * configuration, the Markdown preview's keybindings and menus, and the editor defaults for
 * cjm. No static snippets: the language server writes every skeleton where it may stand.
 * (activation.test.ts checks each command has a handler.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Manifest {
    main: string;
    icon: string;
    activationEvents: string[];
    contributes: {
        languages: Array<{ id: string; extensions: string[]; configuration: string; icon: { light: string; dark: string } }>;
        grammars: Array<{ language: string; scopeName: string; path: string }>;
        snippets?: unknown;
        keybindings: Array<{ command: string; key: string; mac?: string; when?: string }>;
        configurationDefaults: Record<string, Record<string, unknown>>;
        jsonValidation: Array<{ fileMatch: string; url: string }>;
        commands: Array<{ command: string; title: string; category: string }>;
        menus: Record<string, Array<{ command: string; when?: string }>>;
        configuration: { properties: Record<string, { default: unknown }> };
    };
}

/** The manifest as an English VS Code shows it: each `%key%` replaced by its package.nls.json text. */
const manifest = JSON.parse(JSON.stringify(readJson('package.json')), (_key, value: unknown) =>
    (typeof value === 'string' && /^%[\w.]+%$/.test(value) ? (readJson('package.nls.json') as Record<string, string>)[value.slice(1, -1)] : value)) as Manifest;
const commands = manifest.contributes.commands.map(command => command.command);

function readJson(file: string): unknown {
    return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

describe('the manifest', () => {
    it('contributes the commands of the extension contract, titled and in the CJM category', () => {
        expect(Object.fromEntries(manifest.contributes.commands.map(command => [command.command, `${command.category}: ${command.title}`]))).toMatchObject({
            'cjm.openPreview': 'CJM: Open Preview',
            'cjm.openPreviewToSide': 'CJM: Open Preview to the Side',
            'cjm.exportSvg': 'CJM: Export SVG…',
            'cjm.exportPng': 'CJM: Export PNG…',
            'cjm.exportMarkdown': 'CJM: Export Markdown Report…',
            'cjm.copyMermaid': 'CJM: Copy as Mermaid',
            'cjm.compareWithHead': 'CJM: Compare with HEAD'
        });
        expect(manifest.contributes.commands.every(command => command.category === 'CJM')).toBe(true);
    });

    it('names only its own commands in menus, and activates on each of them', () => {
        const inMenus = Object.values(manifest.contributes.menus).flat().map(entry => entry.command);
        expect(inMenus.filter(command => !commands.includes(command))).toEqual([]);
        expect(manifest.contributes.menus['editor/title']).toContainEqual(expect.objectContaining({ command: 'cjm.openPreviewToSide', when: 'editorLangId == cjm' }));
        expect(manifest.activationEvents).toEqual(expect.arrayContaining([
            'onLanguage:cjm', 'workspaceContains:**/*.cjm', 'onWebviewPanel:cjm.preview', ...commands.map(command => `onCommand:${command}`)
        ]));
    });

    it('declares the language cjm for .cjm files with its grammar and the config schema, and no static snippets', () => {
        expect(manifest.contributes.languages).toEqual([expect.objectContaining({ id: 'cjm', extensions: ['.cjm'] })]);
        expect(manifest.contributes.grammars).toEqual([{ language: 'cjm', scopeName: 'source.cjm', path: './syntaxes/cjm.tmLanguage.json' }]);
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'cjm.config.json', url: './schemas/cjm.config.schema.json' }]);
        expect(manifest.contributes.configuration.properties['cjm.trace.server']).toMatchObject({ default: 'off' });
        const [language] = manifest.contributes.languages;
        for (const file of [language.configuration, language.icon.light, language.icon.dark, 'icons/cjm.svg']) {
            expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
        }
        expect(manifest.contributes.snippets).toBeUndefined();
    });

    it('opens the preview as Markdown\'s does: Ctrl+Shift+V, Ctrl+K V, the Explorer and editor context menus, Show Source', () => {
        expect(manifest.contributes.keybindings).toEqual(expect.arrayContaining([
            expect.objectContaining({ command: 'cjm.openPreview', key: 'ctrl+shift+v', mac: 'cmd+shift+v' }),
            expect.objectContaining({ command: 'cjm.openPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v' }),
            expect.objectContaining({ command: 'cjm.showSource', key: 'ctrl+shift+v', when: 'activeWebviewPanelId == \'cjm.preview\'' })
        ]));
        expect(manifest.contributes.keybindings.filter(binding => binding.command.startsWith('cjm.openPreview')).every(binding => binding.when?.startsWith('editorLangId == cjm'))).toBe(true);
        expect(manifest.contributes.menus['explorer/context']).toContainEqual(expect.objectContaining({ command: 'cjm.openPreview', when: 'resourceLangId == cjm' }));
        expect(manifest.contributes.menus['editor/context']).toContainEqual(expect.objectContaining({ command: 'cjm.openPreview', when: 'editorLangId == cjm' }));
        expect(manifest.contributes.menus['editor/title']).toContainEqual(expect.objectContaining({ command: 'cjm.showSource' }));
        expect(Object.fromEntries(manifest.contributes.commands.map(command => [command.command, command.title]))).toMatchObject({ 'cjm.showSource': 'Show Source' });
    });

    it('indents cjm with two spaces, as cjm fmt does, and offers no word-based guesses', () => {
        expect(manifest.contributes.configurationDefaults['[cjm]']).toMatchObject({ 'editor.tabSize': 2, 'editor.insertSpaces': true, 'editor.wordBasedSuggestions': 'off' });
    });
});

describe('language-configuration.json', () => {
    const configuration = readJson('language-configuration.json') as {
        comments: { lineComment: string; blockComment: [string, string] };
        autoClosingPairs: Array<{ open: string; close: string }>;
        indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
        folding: { markers: { start: string; end: string } };
    };

    it('knows cjm comments, braces and quotes', () => {
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(configuration.autoClosingPairs.map(pair => pair.open + pair.close)).toEqual(expect.arrayContaining(['{}', '""']));
    });

    it('indents after a line that opens a block, not after a brace in a string or a comment', () => {
        const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
        expect(['stage Осведомлённость "Awareness" {', '  touchpoint Ad "Search {ad}" via Web {', 'journey J {'].filter(line => !increase.test(line))).toEqual([]);
        expect(['  question "Why {"', '  // stage A {', '  touchpoint Ad via Web { emotion 0 }'].filter(line => increase.test(line))).toEqual([]);
        expect(decrease.test('  }')).toBe(true);
        expect(decrease.test('  touchpoint Ad { emotion 0 }')).toBe(false);
    });

    it('folds // region ... // endregion', () => {
        expect(new RegExp(configuration.folding.markers.start).test('  // region Research')).toBe(true);
        expect(new RegExp(configuration.folding.markers.end).test('  // endregion')).toBe(true);
        expect(new RegExp(configuration.folding.markers.start).test('  // regional channels')).toBe(false);
    });
});
