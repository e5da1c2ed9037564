import { describe, expect, it } from 'vitest';
import { readable } from '../../src/index.js';
import { parses } from '../../src/parser/syntax-problems.js';
import { CLEAN_JOURNEY, edit, lintFiles } from '../fixtures.js';

async function documentOf(text: string) {
    const [built] = await lintFiles({ 'map.cjm': text });
    return built.document;
}

describe('what a syntax error is, once for every command', () => {
    it('a clean map parses and is readable', async () => {
        const document = await documentOf(CLEAN_JOURNEY);
        expect([parses(document), readable(document)]).toEqual([true, true]);
    });

    it('an attribute written twice parses (the checks still run) but is not readable (no command uses it)', async () => {
        const document = await documentOf(edit(CLEAN_JOURNEY, { 'actual 150': 'actual 150 actual 160' }));
        expect([parses(document), readable(document)]).toEqual([true, false]);
    });

    it('text the parser cannot read is neither', async () => {
        const document = await documentOf(edit(CLEAN_JOURNEY, { 'emotion 1': 'emotion high' }));
        expect([parses(document), readable(document)]).toEqual([false, false]);
    });
});
