/**
 * The keyword table hover reads: an entry for every keyword of the grammar, in English and
 * Russian, each linking to a section of docs/language.md that exists.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../../src/cjm-module.js';
import { keywordText } from '../../../src/lsp/hover/keyword-help.js';
import { KEYWORD_TEXTS } from '../../../src/lsp/hover/keyword-texts.js';
import { EXAMPLES } from '../../fixtures.js';

const grammar = createCjmServices(EmptyFileSystem).Cjm.Grammar;
const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).filter(keyword => /^[a-z]+$|^->$/.test(keyword.value)).toArray();

/** GitHub's anchors of the headings of docs/language.md. */
const anchors = readFileSync(path.join(EXAMPLES, '../docs/language.md'), 'utf8').split('\n')
    .filter(line => line.startsWith('#'))
    .map(line => line.replace(/^#+\s*/, '').toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-'));

describe('keyword texts', () => {
    it.each(keywords.map(keyword => [keyword.value, keyword] as const))('%s has a text in English and Russian', (_, keyword) => {
        const text = keywordText(keyword);
        expect(text, keyword.value).toBeDefined();
        expect(text!.en).toMatch(/[a-z]/);
        expect(text!.ru).toMatch(/\p{Script=Cyrillic}/u);
    });

    it('links each text to a section of docs/language.md', () => {
        const sections = [...new Set(Object.values(KEYWORD_TEXTS).map(text => text.section))];
        expect(sections.filter(section => !anchors.includes(section))).toEqual([]);
    });
});
