/**
 * The extension's own words in Russian: every `%key%` of the manifest has its English and
 * Russian text (and the nls files hold nothing else), and every `vscode.l10n.t` message of
 * the sources has its Russian text in l10n/bundle.l10n.ru.json, VS Code's bundle format
 * where the English message is the key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function read(file: string): string {
    return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

function keys(file: string): string[] {
    return Object.keys(JSON.parse(read(file))).sort();
}

/** Every `.ts` file under `src/`. */
function sources(folder = 'src'): string[] {
    return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? sources(path.join(folder, entry.name)) : entry.name.endsWith('.ts') ? [path.join(folder, entry.name)] : []);
}

/** The English messages of the sources' `l10n.t('…')` calls (single-quoted, as the house style writes them). */
function messages(): string[] {
    const found = sources().flatMap(file => [...read(file).matchAll(/\bl10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\(.)/g, '$1')));
    return [...new Set(found)].sort();
}

describe('the extension\'s words', () => {
    it('has an English and a Russian text for every %key% of the manifest, and no other', () => {
        const placeholders = [...new Set([...read('package.json').matchAll(/"%([\w.]+)%"/g)].map(match => match[1]))].sort();
        expect(placeholders.length).toBeGreaterThan(10);
        expect(keys('package.nls.json')).toEqual(placeholders);
        expect(keys('package.nls.ru.json')).toEqual(placeholders);
    });

    it('titles the commands in Russian as VS Code\'s Russian language pack words its own', () => {
        const russian = JSON.parse(read('package.nls.ru.json')) as Record<string, string>;
        expect(russian['command.openPreview.title']).toBe('Открыть предварительный просмотр');
        expect(russian['command.exportSvg.title']).toBe('Экспорт SVG…');
    });

    it('has a Russian text for every message the extension host shows, and no other', () => {
        const bundle = JSON.parse(read('l10n/bundle.l10n.ru.json')) as Record<string, string>;
        expect(messages().length).toBeGreaterThan(20);
        expect(Object.keys(bundle).sort()).toEqual(messages());
        expect(Object.entries(bundle).filter(([, russian]) => !/[а-яё]/i.test(russian))).toEqual([]);
    });

    it('keeps each message\'s placeholders in Russian', () => {
        const bundle = JSON.parse(read('l10n/bundle.l10n.ru.json')) as Record<string, string>;
        const holes = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map(match => match[0]).sort();
        expect(Object.entries(bundle).filter(([english, russian]) => holes(english).join() !== holes(russian).join())).toEqual([]);
    });

    it('points the manifest at its bundle', () => {
        expect(JSON.parse(read('package.json')).l10n).toBe('./l10n');
    });
});
