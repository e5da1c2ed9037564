import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS } from './doc-blocks.js';

const GRAMMAR = path.resolve(DOCS, '../packages/language/src/cjm.langium');

/** The keywords of the grammar: its quoted words, comments left out. */
function grammarKeywords(): string[] {
    const code = readFileSync(GRAMMAR, 'utf8').split('\n').filter(line => !line.trimStart().startsWith('//')).join('\n');
    return [...new Set([...code.matchAll(/'([a-z]+)'/g)].map(match => match[1]))].sort();
}

describe('docs/language.md', () => {
    it('lists exactly the keywords of the grammar, which cannot be names', () => {
        const text = readFileSync(path.join(DOCS, 'language.md'), 'utf8').replace(/\n\s*/g, ' ');
        const listed = /The keywords are: `([a-z ]+)`/.exec(text)?.[1].split(' ');
        expect(listed).toEqual(grammarKeywords());
    });
});
