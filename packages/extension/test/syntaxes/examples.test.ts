import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, EmptyFileSystem, GrammarUtils, type AstNode } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCjmServices } from '../../../language/src/cjm-module.js';
import { KEYWORD_SCOPES, NAME_SCOPES } from './scopes.js';
import { hasScope, innermost, loadCjmGrammar, ROOT, tokenize, withoutBom, type Token } from './tokenize.js';

/**
 * Every example under examples/, coloured by the TextMate grammar, against the language's
 * own reading of the same text: its lexer says where each keyword, string, date, number,
 * name and comment is, its parser what each name declares or refers to. The grammar must
 * agree token for token.
 */
const EXAMPLES = readdirSync(`${ROOT}examples`, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.cjm'))
    .sort();

const { Cjm } = createCjmServices(EmptyFileSystem);

/** A stretch of the text, as the language's lexer found it. */
interface Lexed {
    type: string;
    text: string;
    start: number;
    end: number;
}

interface Example {
    /** What the lexer and the parser found wrong: nothing, in an example. */
    errors: string[];
    tokens: Token[];
    lexed: Lexed[];
    /** Offset of each name where it is declared or referred to, and the scope its kind gets. */
    names: Map<number, string>;
}

async function read(file: string): Promise<Example> {
    const text = withoutBom(readFileSync(`${ROOT}examples/${file}`, 'utf8'));
    const lexer = Cjm.parser.Lexer.tokenize(text);
    const lexed = [...lexer.tokens, ...lexer.hidden]
        .map(token => ({ type: token.tokenType.name, text: token.image, start: token.startOffset, end: token.startOffset + token.image.length }))
        .sort((a, b) => a.start - b.start);
    const parsed = Cjm.parser.LangiumParser.parse(text);
    const errors = [...lexer.errors, ...parsed.lexerErrors, ...parsed.parserErrors].map(error => error.message);
    return { errors, tokens: tokenize(await loadCjmGrammar(), text), lexed, names: namesOf(parsed.value) };
}

function namesOf(root: AstNode): Map<number, string> {
    const reflection = Cjm.shared.AstReflection;
    const names = new Map<number, string>();
    for (const node of AstUtils.streamAst(root)) {
        const declared = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (declared && NAME_SCOPES[node.$type]) {
            names.set(declared.offset, NAME_SCOPES[node.$type]);
        }
        for (const reference of AstUtils.streamReferences(node)) {
            const target = NAME_SCOPES[reflection.getReferenceType(reference)];
            if (reference.reference.$refNode && target) {
                names.set(reference.reference.$refNode.offset, target);
            }
        }
    }
    return names;
}

/** What a comment may hold: its text and delimiters, and the parts of a suppression directive. */
const IN_COMMENTS = new Set([
    'comment.line.double-slash.cjm', 'comment.block.cjm', 'punctuation.definition.comment.cjm',
    'keyword.other.directive.cjm', 'variable.other.constant.rule.cjm', 'punctuation.separator.comma.cjm'
]);
const isComment = (lexed: Lexed): boolean => lexed.type === 'SL_COMMENT' || lexed.type === 'ML_COMMENT';
const within = (token: Token, stretch: Lexed): boolean => token.offset >= stretch.start && token.offset + token.text.length <= stretch.end;
const where = (token: Token): string => `'${token.text}' at ${token.line + 1}:${token.column + 1}`;

describe.each(EXAMPLES)('examples/%s', file => {
    let example: Example;
    beforeAll(async () => {
        example = await read(file);
    });

    /** The grammar's tokens inside a stretch the lexer found. */
    const tokensOf = (stretch: Lexed): Token[] => example.tokens.filter(token => within(token, stretch));
    /** The one grammar token that is exactly the stretch: not split, not merged with a neighbour. */
    function tokenAt(stretch: Lexed): Token {
        const tokens = tokensOf(stretch);
        expect(tokens.map(token => token.text), `'${stretch.text}' at offset ${stretch.start}`).toEqual([stretch.text]);
        return tokens[0];
    }
    const lexedOf = (...types: string[]): Lexed[] => example.lexed.filter(lexed => types.includes(lexed.type));

    it('parses without errors, so the lexer and the parser are fair judges', () => {
        expect(example.errors).toEqual([]);
    });

    it('every keyword, arrow, brace and comma is one token with its scope, and nothing else is', () => {
        const keywords = example.lexed.filter(lexed => KEYWORD_SCOPES.has(lexed.type));
        for (const keyword of keywords) {
            expect(innermost(tokenAt(keyword)), `'${keyword.text}' at offset ${keyword.start}`).toBe(KEYWORD_SCOPES.get(keyword.type));
        }
        const keywordScopes = new Set(KEYWORD_SCOPES.values());
        const coloured = example.tokens.filter(token => keywordScopes.has(innermost(token)) && !hasScope(token, 'comment'));
        expect(coloured.map(token => token.offset)).toEqual(keywords.map(keyword => keyword.start));
        expect(example.tokens.filter(token => token.text === '->').every(token => innermost(token) === 'keyword.operator.arrow.cjm')).toBe(true);
    });

    it('every string is one string from quote to quote, with nothing but text and escapes inside', () => {
        const strings = lexedOf('STRING');
        expect(strings.length).toBeGreaterThan(0);
        for (const string of strings) {
            const tokens = tokensOf(string);
            expect(tokens.map(token => token.text).join(''), where(tokens[0])).toBe(string.text);
            expect(innermost(tokens[0])).toBe('punctuation.definition.string.begin.cjm');
            expect(innermost(tokens[tokens.length - 1])).toBe('punctuation.definition.string.end.cjm');
            for (const token of tokens.slice(1, -1)) {
                expect(['string.quoted.double.cjm', 'constant.character.escape.cjm'], where(token)).toContain(innermost(token));
            }
        }
        const inStrings = example.tokens.filter(token => hasScope(token, 'string'));
        expect(inStrings.filter(token => !strings.some(string => within(token, string))).map(where)).toEqual([]);
    });

    it('every date is one date token and every number one number token, never a date split into numbers', () => {
        for (const date of lexedOf('DATE')) {
            expect(innermost(tokenAt(date)), date.text).toBe('constant.numeric.date.cjm');
        }
        for (const number of lexedOf('NUMBER')) {
            expect(innermost(tokenAt(number)), number.text).toBe('constant.numeric.cjm');
        }
        const numeric = example.tokens.filter(token => hasScope(token, 'constant.numeric') && token.text !== '%');
        expect(numeric.map(token => token.offset)).toEqual(lexedOf('DATE', 'NUMBER').map(lexed => lexed.start));
    });

    it('every comment is a comment throughout, with no keyword inside, and no code is', () => {
        const comments = example.lexed.filter(isComment);
        expect(comments.length).toBeGreaterThan(0);
        for (const comment of comments) {
            const tokens = tokensOf(comment);
            expect(tokens.map(token => token.text).join('')).toBe(comment.text);
            expect(tokens.filter(token => !hasScope(token, 'comment') || !IN_COMMENTS.has(innermost(token))).map(where)).toEqual([]);
        }
        const inComments = example.tokens.filter(token => hasScope(token, 'comment'));
        expect(inComments.filter(token => !comments.some(comment => within(token, comment))).map(where)).toEqual([]);
    });

    it('every name is one token (Cyrillic too), coloured like what it declares or refers to', () => {
        const ids = lexedOf('ID');
        expect(ids.map(id => id.start)).toEqual([...example.names.keys()].sort((a, b) => a - b));
        for (const id of ids) {
            expect(innermost(tokenAt(id)), id.text).toBe(example.names.get(id.start));
        }
    });
});
