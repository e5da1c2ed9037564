/**
 * The language of the editor's diagnostics and hovers, over a real stdio connection: a
 * Russian map is checked in Russian, the config's `locale` overrides the map, and the
 * editor's display language speaks only where neither the config nor the map decides.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { EXAMPLES, tempTree } from '../fixtures.js';
import { LspSession, uriOf } from '../lsp/lsp-client.js';
import { cursorAt } from '../lsp/text-positions.js';

/** The Russian example without its objective, as an editor holds it (no BOM). */
const KARTA = fs.readFileSync(path.join(EXAMPLES, 'russian-bank-card/karta.cjm'), 'utf8').replace(/^\uFEFF/, '').replace(/^ {2}objective [^\n]*\n/m, '');

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

/** Opens `file` of a workspace holding `files` and returns the messages of its first diagnostics, and the session. */
async function messagesOf(files: Record<string, string>, file: string, locale?: string): Promise<string[]> {
    const root = tempTree(files);
    session = await LspSession.start({ root, ...(locale === undefined ? {} : { locale }) });
    const uri = uriOf(path.join(root, file));
    await session.open(uri, files[file]);
    return (await session.diagnostics(uri)).map(diagnostic => diagnostic.message);
}

describe('the editor\'s diagnostics', () => {
    it('speak Russian on a Russian map, whatever the editor\'s language', async () => {
        expect(await messagesOf({ 'karta.cjm': KARTA }, 'karta.cjm', 'en')).toEqual(['Путь `СтуденческаяКарта`: не указана бизнес-цель (`objective`).']);
    });

    it('explain a syntax error in Russian on a Russian map', async () => {
        expect(await messagesOf({ 'karta.cjm': KARTA.replace('via Соцсети for Студент {', 'vai Соцсети for Студент {') }, 'karta.cjm'))
            .toEqual(['Неизвестное ключевое слово `vai`: возможно, `via`.']);
    });

    it('speak English on a Russian map when the config says "locale": "en"', async () => {
        expect(await messagesOf({ 'cjm.config.json': '{ "locale": "en" }', 'karta.cjm': KARTA }, 'karta.cjm', 'ru'))
            .toEqual(['Journey `СтуденческаяКарта` has no objective.']);
    });

    it('speak English on an English map in a Russian editor: the map decides', async () => {
        const map = 'persona Lonely "Nobody refers to me"\n';
        expect(await messagesOf({ 'lonely.cjm': map }, 'lonely.cjm', 'ru-RU')).toEqual(['No touchpoint or journey target refers to persona `Lonely`.']);
    });

    it('follow the editor\'s language in a file that has nothing titled to decide by', async () => {
        const map = '// cjm-disable no-such-rule\n';
        expect(await messagesOf({ 'empty.cjm': map }, 'empty.cjm', 'ru-RU')).toEqual(['Неизвестное правило в подавлении: `no-such-rule`.']);
    });

    it('speak English there when the editor speaks a language cjm does not', async () => {
        const map = '// cjm-disable no-such-rule\n';
        expect(await messagesOf({ 'empty.cjm': map }, 'empty.cjm', 'de')).toEqual(['Unknown rule `no-such-rule` in suppression.']);
    });
});

describe('the editor\'s hovers', () => {
    it('explain a keyword in the language the diagnostics speak', async () => {
        const root = tempTree({ 'cjm.config.json': '{ "locale": "en" }', 'karta.cjm': KARTA });
        session = await LspSession.start({ root, locale: 'ru' });
        const uri = uriOf(path.join(root, 'karta.cjm'));
        await session.open(uri, KARTA);
        await session.diagnostics(uri);
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: cursorAt(KARTA, 'touch|point ПостВСоцсетях') });
        expect((hover!.contents as MarkupContent).value).toMatch(/^Declares a \*\*touchpoint\*\*/);
    });

    it('tell what the rule behind a problem wants, in Russian on a Russian map', async () => {
        const root = tempTree({ 'karta.cjm': KARTA });
        session = await LspSession.start({ root, locale: 'en' });
        const uri = uriOf(path.join(root, 'karta.cjm'));
        await session.open(uri, KARTA);
        await session.diagnostics(uri);
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: cursorAt(KARTA, 'journey Студ|енческаяКарта') });
        expect((hover!.contents as MarkupContent).value).toContain('(warning): Путь без бизнес-цели.\n\nНазовите бизнес-цель, которой служит карта');
    });
});

describe('the diagnostics of a broken config file', () => {
    /** The messages shown on cjm.config.json holding `config`, beside a map, in an editor speaking `locale`. */
    async function configMessages(config: string, locale: string): Promise<string[]> {
        const root = tempTree({ 'cjm.config.json': config, 'map.cjm': 'persona Lonely "Nobody refers to me"\n' });
        session = await LspSession.start({ root, locale });
        await session.open(uriOf(path.join(root, 'map.cjm')), 'persona Lonely "Nobody refers to me"\n');
        return (await session.diagnostics(uriOf(path.join(root, 'cjm.config.json')), list => list.length > 0)).map(diagnostic => diagnostic.message);
    }

    it('speak the config\'s own locale, whatever the editor\'s language', async () => {
        expect(await configMessages('{ "locale": "ru", "colour": "red" }', 'en')).toEqual(['`colour`: неизвестный ключ.']);
        await session?.stop();
        expect(await configMessages('{ "locale": "en", "colour": "red" }', 'ru')).toEqual(['`colour`: unknown key.']);
    });

    it('follow the editor\'s language when the config has no valid locale', async () => {
        expect(await configMessages('{ "rules": { "no-such-rule": "off" } }', 'ru-RU')).toEqual(['`rules.no-such-rule`: неизвестное правило.']);
    });
});
