import type { AstNode, LangiumDocument, ParseResult } from 'langium';
import type { SyntaxWords } from '../locale/syntax-words.js';
import { explainSyntaxErrors, type SyntaxProblem, type SyntaxServices } from './explain-syntax-errors.js';
import { repeatedAttributes, type RepeatedKeyword } from './repeated-attributes.js';

/**
 * Every syntax error of a parsed map, as lint reports it under `syntax`: what the parser
 * could not read, explained, else attributes written twice. Any of them stops fmt, render,
 * export and diff alike (see readable), so that no command accepts what lint calls broken.
 */
export function syntaxProblems(parseResult: ParseResult, text: string, services: SyntaxServices, say: SyntaxWords, known?: WeakMap<AstNode, readonly RepeatedKeyword[]>): SyntaxProblem[] {
    const unread = explainSyntaxErrors(parseResult, text, services, say);
    // After a parser error the tree holds what recovery made of the text (a metric's `target`
    // taken for the journey's): repeats in it would be echoes, not the author's.
    return unread.length > 0 ? unread : repeatedAttributes(parseResult.value, known).map(({ keyword, kind, range }) => ({ message: say.onlyOnce(keyword, kind), range }));
}

/**
 * Whether the parser read the whole text: then every declaration is there, and the checks
 * run (a map with an attribute written twice is still checked for the rest).
 */
export function parses(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length === 0 && parserErrors.length === 0;
}

/** Whether a map has no syntax error at all: only then is it formatted, drawn, exported or compared. */
export function readable(document: LangiumDocument): boolean {
    return parses(document) && repeatedAttributes(document.parseResult.value).length === 0;
}
