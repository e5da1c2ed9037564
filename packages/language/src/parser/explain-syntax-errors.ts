import type { IRecognitionException, IToken } from 'chevrotain';
import { AstUtils, CstUtils, type AstNode, type Lexer, type ParseResult } from 'langium';
import type { Range } from 'vscode-languageserver';
import { nearestNames } from '../references/nearest-names.js';
import { positionAt } from '../utils/text-position.js';
import type { GrammarWords } from './grammar-words.js';
import { EXPECTED } from './resilient-parser.js';

/** What the explainer reads besides the parse result: the grammar's words, and the lexer to see the tokens before an error. */
export interface SyntaxServices {
    GrammarWords: GrammarWords;
    Lexer: Lexer;
}

/** An explained error: its message, where the block it reports as not closed opened, whether nothing after it can be trusted. */
interface Explanation {
    message: string;
    opened?: number;
    endsText?: boolean;
}

/** A syntax error in a map author's words, one line, at the place it was found (0-based). */
export interface SyntaxProblem {
    message: string;
    range: Range;
}

/** The parsed file, and the top-level declaration an error lies in (the file itself before the first one). */
interface Scope {
    root: AstNode;
    region: AstNode;
}

/** What the explainer knows of one lexer or parser error. */
interface RawError {
    offset: number;
    range: Range;
    /** The lexer's unexpected character, or undefined for a parser error. */
    character?: string;
    parser?: {
        /** The offending token; undefined at the end of the text. */
        found?: string;
        foundType?: string;
        expected: string[];
        /** The innermost grammar rule the parser was in. */
        rule: string;
        previous?: { image: string; type: string; startLine: number; endLine: number; end: number };
    };
}

const TERMINAL_WORDS: Record<string, string> = { ID: 'a name', STRING: 'a string in double quotes', NUMBER: 'a number', DATE: 'a date (YYYY-MM-DD)', EOF: 'the end of the file' };

/**
 * The syntax errors of a parsed map, explained: the first error of each broken region
 * only (a top-level declaration; after a string that does not end, the rest of the
 * file), since what the parser reports after it is mostly the echo of that first error.
 */
export function explainSyntaxErrors(parseResult: ParseResult, text: string, services: SyntaxServices): SyntaxProblem[] {
    const root = parseResult.value;
    const words = services.GrammarWords;
    const tokens = parseResult.parserErrors.length > 0 ? services.Lexer.tokenize(text).tokens : [];
    const errors = [
        ...parseResult.lexerErrors.map(error => lexerError(error.offset, error.line ?? 1, error.column ?? 1, text)),
        ...parseResult.parserErrors.map(error => parserError(error, root, text, tokens, words))
    ].sort((a, b) => a.offset - b.offset);
    const elements = (root as AstNode & { elements?: AstNode[] }).elements ?? [];
    const starts = elements.map(element => element.$cstNode?.offset ?? Number.POSITIVE_INFINITY);
    const regionOf = (offset: number): number => starts.filter(start => start <= offset).length;
    const kept: SyntaxProblem[] = [];
    let last: { region: number; offset: number } | undefined;
    for (const error of errors) {
        const region = regionOf(error.offset);
        if (region === last?.region) {
            continue;
        }
        // Searching the region's declaration only keeps a file with an error in each of thousands of journeys linear.
        // The declaration the parser was in started before the error (one that starts at it is the next one).
        const scope = { root, region: elements[starts.filter(start => start < error.offset).length - 1] ?? root };
        const explained = error.parser ? explainParserError(error.parser, error.offset, error.range.start.line, scope, text, words) : explainCharacter(error.character!, error.offset, text);
        // A block "not closed" that opened before the last error is that error's echo: the parser lost its place there.
        if (last !== undefined && explained.opened !== undefined && explained.opened <= last.offset) {
            continue;
        }
        last = { region, offset: error.offset };
        kept.push({ message: explained.message, range: error.range });
        if (explained.endsText) {
            break; // Every later quote now opens a string where one closes: nothing after this is real.
        }
    }
    return kept;
}

function lexerError(offset: number, line: number, column: number, text: string): RawError {
    const start = { line: line - 1, character: column - 1 };
    return { offset, character: String.fromCodePoint(text.codePointAt(offset) ?? 0x3F), range: { start, end: { line: start.line, character: start.character + 1 } } };
}

function parserError(error: IRecognitionException, root: AstNode, text: string, tokens: readonly IToken[], words: GrammarWords): RawError {
    const token = error.token;
    const atEnd = Number.isNaN(token.startOffset) || token.tokenType?.name === 'EOF';
    const previous = previousOf(atEnd ? Number.POSITIVE_INFINITY : token.startOffset, tokens);
    const stack = error.context?.ruleStack ?? [];
    const rule = stack.map(name => name.replace(/\u200B$/, '')).filter(name => words.hasRule(name)).at(-1) ?? root.$type;
    const expected = error.message.startsWith(EXPECTED) ? error.message.slice(EXPECTED.length).split(' | ').map(name => name.replace(/:KW$/, '')) : [];
    const parser = { found: atEnd ? undefined : token.image, foundType: atEnd ? undefined : token.tokenType?.name, expected, rule, previous };
    if (!atEnd) {
        return { offset: token.startOffset, range: CstUtils.tokenToRange(token), parser };
    }
    // At the end of the text (or a token recovery made up), point just after the last real token.
    const position = positionAt(text, previous?.end ?? 0);
    return { offset: previous?.end ?? 0, range: { start: position, end: position }, parser };
}

/**
 * The last token before `offset`. Chevrotain's own `previousToken` cannot be trusted
 * here: after a backtracking lookahead it may be the offending token itself.
 */
function previousOf(offset: number, tokens: readonly IToken[]): NonNullable<RawError['parser']>['previous'] {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (tokens[middle].startOffset < offset) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    const token = tokens[low - 1];
    return token && { image: token.image, type: token.tokenType.name, startLine: token.startLine! - 1, endLine: token.endLine! - 1, end: token.endOffset! + 1 };
}

function explainCharacter(character: string, offset: number, text: string): Explanation {
    return { message: characterMessage(character, offset, text), endsText: character === '"' };
}

function characterMessage(character: string, offset: number, text: string): string {
    if (character === '"') {
        return 'unterminated string: add the closing `"`';
    }
    if (character === '.' && /[0-9]/.test(text[offset - 1] ?? '')) {
        return 'a number needs digits after its decimal point, as in `4.5`';
    }
    if (character === '#') {
        return 'unexpected character `#`; comments start with `//`';
    }
    return `unexpected character \`${character}\``;
}

function explainParserError(error: NonNullable<RawError['parser']>, offset: number, line: number, scope: Scope, text: string, words: GrammarWords): Explanation {
    const { found, expected, rule, previous } = error;
    if (previous?.type === 'STRING' && previous.startLine !== previous.endLine) {
        const string = positionOf(text, previous.end - previous.image.length);
        return { message: `the string opened at ${string} runs on to line ${previous.endLine + 1}; is its closing \`"\` missing?`, endsText: true };
    }
    const keyword = found !== undefined && words.keywords.has(found) ? found : undefined;
    if (expected.includes('}') && (found === undefined || (keyword !== undefined && !words.memberKeywords(rule).includes(keyword)))) {
        const open = openDeclaration(scope.region, rule, offset);
        if (open) {
            const { line: openLine, character } = open.$cstNode!.range.start;
            const message = `\`${label(open)}\` opened at ${openLine + 1}:${character + 1} is not closed${found === undefined ? '' : ` before \`${found}\``}`;
            return { message, opened: open.$cstNode!.offset };
        }
    }
    return { message: expected.includes('}') || expected.includes('EOF') ? explainUnexpected(error, line, scope, words) : explainExpected(error, offset, text, words) };
}

/** A token of the wrong kind where the grammar wants a name, a string, a date, a number or a word of a list. */
function explainExpected(error: NonNullable<RawError['parser']>, offset: number, text: string, words: GrammarWords): string {
    const { found, foundType, expected, rule, previous } = error;
    const shown = found === undefined ? 'the end of the file' : `\`${brief(found)}\``;
    const after = previous?.type === 'STRING' ? undefined : previous?.image;
    const keyword = found !== undefined && words.keywords.has(found) ? found : undefined;
    if (expected.includes('ID')) {
        if (keyword !== undefined) {
            return `\`${keyword}\` is a keyword, not a name; names are case-sensitive, so \`${keyword[0].toUpperCase()}${keyword.slice(1)}\` would do`;
        }
        if (after !== undefined && words.hasRule(capitalised(after))) {
            return foundType === 'STRING' ? `\`${after}\` needs a name before its title, as in \`${after} Name ${brief(found!)}\`` : `\`${after}\` needs a name, found ${shown}`;
        }
        return after === undefined ? `expected a name, found ${shown}` : `\`${after}\` takes a name, found ${shown}`;
    }
    const values = after === undefined ? [] : words.attributeValues(rule, after);
    if (values.length > 0) {
        const [nearest] = found === undefined ? [] : nearestNames(found, values);
        return `\`${after}\` takes one of ${values.join(', ')}${nearest === undefined ? `, found ${shown}` : `; did you mean \`${nearest}\`?`}`;
    }
    const takes = after === undefined ? 'expected' : `\`${after}\` takes`;
    if (expected.length === 1 && expected[0] === 'STRING') {
        const quoted = found !== undefined && /^[\p{L}\p{N}_]+$/u.test(found) ? `, as in \`${after ?? ''} "${found}"\``.replace('` "', '`"') : `, found ${shown}`;
        return `${takes} a string in double quotes${quoted}`;
    }
    if (expected.includes('DATE')) {
        return `${takes} a date as YYYY-MM-DD, found \`${brief(wordAt(text, offset) ?? '')}\``;
    }
    if (expected.includes('NUMBER')) {
        return `${takes} a number, found ${shown}`;
    }
    return `expected ${expected.map(name => TERMINAL_WORDS[name] ?? `\`${name}\``).join(' or ')}, found ${shown}`;
}

/** Something the enclosing block cannot hold: a misspelt keyword, or text after a complete declaration. */
function explainUnexpected(error: NonNullable<RawError['parser']>, line: number, { root, region }: Scope, words: GrammarWords): string {
    const { found, foundType, rule, previous } = error;
    const members = words.memberKeywords(rule);
    if (found === '}' && rule === root.$type) {
        return '`}` closes no block; is it one too many?';
    }
    if (foundType === 'ID') {
        const [nearest] = nearestNames(found!, members);
        if (nearest !== undefined) {
            return `unknown keyword \`${found}\`; did you mean \`${nearest}\`?`;
        }
    }
    const shown = `\`${brief(found ?? '')}\``;
    const sameLine = previous !== undefined && previous.image !== '{' && previous.image !== '}' && previous.endLine === line;
    const complete = sameLine ? declarationEndingAt(region, previous.end) : undefined;
    if (complete) {
        return `unexpected ${shown} after the end of \`${label(complete)}\``;
    }
    const holds = `${rule === root.$type ? 'a file' : `a ${rule.toLowerCase()}`} holds ${members.join(', ')}`;
    return foundType === 'ID' ? `unknown keyword ${shown}; ${holds}` : `unexpected ${shown}; ${holds}`;
}

/** The declaration of kind `rule` that the parser was inside at `offset`: the last one to start before it. */
function openDeclaration(root: AstNode, rule: string, offset: number): AstNode | undefined {
    return AstUtils.streamAst(root)
        .filter(node => node.$type === rule && node.$cstNode !== undefined && node.$cstNode.offset < offset)
        .reduce<AstNode | undefined>((last, node) => (last === undefined || node.$cstNode!.offset > last.$cstNode!.offset ? node : last), undefined);
}

/** The innermost named declaration whose text ends at `end`. */
function declarationEndingAt(root: AstNode, end: number): AstNode | undefined {
    return AstUtils.streamAst(root)
        .filter(node => typeof (node as { name?: unknown }).name === 'string' && node.$cstNode?.end === end)
        .reduce<AstNode | undefined>((last, node) => (last === undefined || node.$cstNode!.offset > last.$cstNode!.offset ? node : last), undefined);
}

/** How an author writes a declaration's head: `stage Trial`, `question "Why?"`. */
function label(node: AstNode): string {
    const { name, text } = node as { name?: string; text?: string };
    const keyword = node.$type.toLowerCase();
    return name ? `${keyword} ${name}` : text ? `${keyword} "${brief(text)}"` : keyword;
}

function capitalised(word: string): string {
    return word[0].toUpperCase() + word.slice(1);
}

/** A token as a message quotes it: one line, not too long. */
function brief(text: string): string {
    const line = text.replace(/\s+/g, ' ');
    return [...line].length > 40 ? `${[...line].slice(0, 39).join('')}…` : line;
}

function wordAt(text: string, offset: number): string | undefined {
    return /^[^\s{}]+/.exec(text.slice(offset))?.[0];
}

/** `LINE:COLUMN`, 1-based, as editors and `cjm lint` show places. */
function positionOf(text: string, offset: number): string {
    const { line, character } = positionAt(text, offset);
    return `${line + 1}:${character + 1}`;
}
