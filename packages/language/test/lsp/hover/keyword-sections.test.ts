/**
 * The keywords hover explains: an entry for every keyword of the grammar, with a text in
 * English and Russian, each linking to a section of docs/language.md that exists.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../../src/cjm-module.js';
import { MESSAGES } from '../../../src/locale/messages.js';
import { keywordKey } from '../../../src/lsp/hover/keyword-help.js';
import { KEYWORD_SECTIONS } from '../../../src/lsp/hover/keyword-sections.js';
import { EXAMPLES } from '../../fixtures.js';

const grammar = createCjmServices(EmptyFileSystem).Cjm.Grammar;
const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).filter(keyword => /^[a-z]+$|^->$/.test(keyword.value)).toArray();

/** GitHub's anchors of the headings of docs/language.md. */
const anchors = readFileSync(path.join(EXAMPLES, '../docs/language.md'), 'utf8').split('\n')
    .filter(line => line.startsWith('#'))
    .map(line => line.replace(/^#+\s*/, '').toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-'));

describe('keyword help', () => {
    it.each(keywords.map(keyword => [keyword.value, keyword] as const))('%s has a text in English and Russian', (_, keyword) => {
        const key = keywordKey(keyword);
        expect(key, keyword.value).toBeDefined();
        expect(MESSAGES.en.hover.keywords[key!]).toMatch(/[a-z]/);
        expect(MESSAGES.ru.hover.keywords[key!]).toMatch(/\p{Script=Cyrillic}/u);
    });

    it('links each text to a section of docs/language.md', () => {
        const sections = [...new Set(Object.values(KEYWORD_SECTIONS))];
        expect(sections.filter(section => !anchors.includes(section))).toEqual([]);
    });
});
