import type { IRecognitionException, IToken } from 'chevrotain';
import { CstUtils, type AstNode, type Lexer, type ParseResult } from 'langium';
import type { Range } from 'vscode-languageserver';
import { nearestNames } from '../references/nearest-names.js';
import { positionAt } from '../utils/text-position.js';
import { declarationEndingAt, label, openDeclaration } from './declarations-at.js';
import { explainOrder, explainPlacement } from './explain-placement.js';
import type { GrammarWords } from './grammar-words.js';
import { decimalComma, isNameCharacter, nameAround, nameMistake, spacedName, type Explanation, type Previous } from './explain-names-and-numbers.js';
import { EXPECTED } from './resilient-parser.js';
import type { SyntaxWords } from '../locale/syntax-words.js';
import { brief } from './brief.js';

/** What the explainer reads besides the parse result: the grammar's words, and the lexer to see the tokens before an error. */
export interface SyntaxServices {
    GrammarWords: GrammarWords;
    Lexer: Lexer;
}

/**
 * A syntax error in a map author's words, one line, at the place it was found (0-based);
 * `replacements`, when given, are texts that would mend the range (the editor's quick fix).
 */
export interface SyntaxProblem {
    message: string;
    range: Range;
    replacements?: string[];
}

/**
 * The parsed file, the top-level declaration an error lies in (the file itself before the
 * first one), and whether the file has more `{` than `}`: only then may a message say
 * that a block is not closed.
 */
interface Scope {
    root: AstNode;
    region: AstNode;
    unclosed: boolean;
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
        previous?: Previous;
    };
}

/** How many tokens are exactly `image` (a brace: strings and comments are tokens of their own). */
function count(tokens: readonly IToken[], image: string): number {
    return tokens.reduce((sum, token) => sum + (token.image === image ? 1 : 0), 0);
}

/**
 * The syntax errors of a parsed map, explained: the first error of each broken region
 * only (a top-level declaration; after a string that does not end, the rest of the
 * file), since what the parser reports after it is mostly the echo of that first error.
 */
export function explainSyntaxErrors(parseResult: ParseResult, text: string, services: SyntaxServices, say: SyntaxWords): SyntaxProblem[] {
    if (parseResult.lexerErrors.length === 0 && parseResult.parserErrors.length === 0) {
        return []; // Without asking for the grammar's words, which take a while to gather.
    }
    const root = parseResult.value;
    const words = services.GrammarWords;
    const tokens = parseResult.parserErrors.length > 0 ? services.Lexer.tokenize(text).tokens : [];
    const unclosed = count(tokens, '{') > count(tokens, '}');
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
        const scope = { root, region: elements[starts.filter(start => start < error.offset).length - 1] ?? root, unclosed };
        const explained = error.parser ? explainParserError(error.parser, error.offset, error.range.start.line, scope, text, words, say) : explainCharacter(error.character!, error.offset, text, say);
        // A block "not closed" that opened before the last error is that error's echo: the parser lost its place there.
        if (last !== undefined && explained.opened !== undefined && explained.opened <= last.offset) {
            continue;
        }
        last = { region, offset: error.offset };
        // A span lies on the error's line (names and numbers hold no line break): counted from the error, not from the top of the text.
        const { line, character } = error.range.start;
        const range = explained.span
            ? { start: { line, character: character + explained.span.start - error.offset }, end: { line, character: character + explained.span.end - error.offset } }
            : error.range;
        kept.push({ message: explained.message, range, ...(explained.replacements ? { replacements: explained.replacements } : {}) });
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
function previousOf(offset: number, tokens: readonly IToken[]): Previous | undefined {
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
    return token && { image: token.image, type: token.tokenType.name, startLine: token.startLine! - 1, endLine: token.endLine! - 1, start: token.startOffset, end: token.endOffset! + 1 };
}

function explainCharacter(character: string, offset: number, text: string, say: SyntaxWords): Explanation {
    if (character !== '"' && character !== '#' && isNameCharacter(text[offset - 1]) && isNameCharacter(text[offset + 1])) {
        // `first-visit`, `don't`: a mark between the letters of what was meant as one name.
        const span = nameAround(text, offset);
        if (/^[\p{L}_]/u.test(text[span.start])) {
            return nameMistake(text, span, say);
        }
    }
    return { message: characterMessage(character, offset, text, say), endsText: character === '"' };
}

function characterMessage(character: string, offset: number, text: string, say: SyntaxWords): string {
    if (character === '"') {
        return say.unterminatedString();
    }
    if (character === '.' && /[0-9]/.test(text[offset - 1] ?? '')) {
        return say.pointWithoutDigits();
    }
    return character === '#' ? say.hashComment() : say.unexpectedCharacter(character);
}

function explainParserError(error: NonNullable<RawError['parser']>, offset: number, line: number, scope: Scope, text: string, words: GrammarWords, say: SyntaxWords): Explanation {
    const { found, foundType, expected, rule, previous } = error;
    if (previous?.type === 'STRING' && previous.startLine !== previous.endLine) {
        return { message: say.stringRunsOn(positionOf(text, previous.end - previous.image.length), previous.endLine + 1), endsText: true };
    }
    const mistake = (found === ',' ? decimalComma(previous, offset, text, say) : undefined) ?? spacedName(previous, { image: found, type: foundType, rule }, scope.region, text, words, say);
    if (mistake) {
        return mistake;
    }
    const keyword = found !== undefined && words.keywords.has(found) ? found : undefined;
    if (keyword !== undefined && (expected.includes('}') || expected.includes('EOF'))) {
        const order = previous && explainOrder(keyword, previous.end, scope.region, words, say);
        if (order !== undefined) {
            return { message: order };
        }
        const open = scope.unclosed ? undefined : openDeclaration(scope.region, rule, offset);
        const misplaced = scope.unclosed ? undefined : explainPlacement(keyword, rule, open, words, say);
        if (misplaced !== undefined) {
            // Like a block "not closed", a block that opened before the last error may be the parser's own making.
            return { message: misplaced, opened: open?.$cstNode?.offset };
        }
    }
    // Only a file with more `{` than `}` has a block that is not closed.
    if (scope.unclosed && expected.includes('}') && (found === undefined || (keyword !== undefined && !words.memberKeywords(rule).includes(keyword)))) {
        const open = openDeclaration(scope.region, rule, offset);
        if (open) {
            const { line: openLine, character } = open.$cstNode!.range.start;
            return { message: say.notClosed(label(open), `${openLine + 1}:${character + 1}`, found), opened: open.$cstNode!.offset };
        }
    }
    if (expected.includes('}') || expected.includes('EOF')) {
        return { message: explainUnexpected(error, line, scope, words, say) };
    }
    return explainExpected(error, offset, text, words, say);
}

/** A token of the wrong kind where the grammar wants a name, a string, a date, a number or a word of a list. */
function explainExpected(error: NonNullable<RawError['parser']>, offset: number, text: string, words: GrammarWords, say: SyntaxWords): Explanation {
    const { found, foundType, expected, rule, previous } = error;
    const shown = found === undefined ? say.parts.endOfFile : `\`${brief(found)}\``;
    const after = previous?.type === 'STRING' ? undefined : previous?.image;
    const keyword = found !== undefined && words.keywords.has(found) ? found : undefined;
    if (expected.includes('ID')) {
        if (keyword !== undefined) {
            return { message: say.keywordAsName(keyword, capitalised(keyword)) };
        }
        if (after !== undefined && words.hasRule(capitalised(after))) {
            if (foundType === 'NUMBER' && isNameCharacter(text[offset])) {
                // `stage 1st`: a declaration's name that starts with a digit.
                return nameMistake(text, nameAround(text, offset), say);
            }
            return { message: foundType === 'STRING' ? say.nameBeforeTitle(after, brief(found!)) : say.needsName(after, shown) };
        }
        return { message: say.takesName(after, shown) };
    }
    const values = after === undefined ? [] : words.attributeValues(rule, after);
    if (values.length > 0) {
        const [nearest] = found === undefined ? [] : nearestNames(found, values);
        return { message: nearest === undefined ? say.takesOneOf(after!, values, shown) : say.takesOneOfNear(after!, values, nearest) };
    }
    if (expected.length === 1 && expected[0] === 'STRING') {
        const example = found !== undefined && /^[\p{L}\p{N}_]+$/u.test(found) ? `${after === undefined ? '' : `${after} `}"${found}"` : undefined;
        return { message: say.takesString(after, example, shown) };
    }
    if (expected.includes('DATE')) {
        return { message: say.takesDate(after, brief(wordAt(text, offset) ?? '')) };
    }
    if (expected.includes('NUMBER')) {
        return { message: say.takesNumber(after, shown) };
    }
    return { message: say.expected(expected.map(name => terminal(name, say) ?? `\`${name}\``), shown) };
}

/** Something the enclosing block cannot hold: a misspelt keyword, or text after a complete declaration. */
function explainUnexpected(error: NonNullable<RawError['parser']>, line: number, { root, region }: Scope, words: GrammarWords, say: SyntaxWords): string {
    const { found, foundType, rule, previous } = error;
    const members = words.memberKeywords(rule);
    if (found === '}' && rule === root.$type) {
        return say.closesNoBlock();
    }
    const sameLine = previous !== undefined && previous.image !== '{' && previous.image !== '}' && previous.endLine === line;
    const complete = sameLine ? declarationEndingAt(region, previous.end) : undefined;
    if (foundType === 'ID') {
        // A clause of the declaration that ends on this line (`touchpoint Landing vai Web`) is as near as a member.
        const [nearest] = nearestNames(found!, [...members, ...(complete ? words.headKeywords(complete.$type) : [])]);
        if (nearest !== undefined) {
            return say.unknownKeywordNear(found!, nearest);
        }
    }
    const shown = brief(found ?? '');
    if (complete) {
        return say.unexpectedAfter(shown, label(complete));
    }
    const holder = rule === root.$type ? undefined : rule.toLowerCase();
    return foundType === 'ID' ? say.unknownKeyword(shown, holder, members) : say.unexpected(shown, holder, members);
}

function terminal(name: string, say: SyntaxWords): string | undefined {
    return Object.hasOwn(say.parts.terminals, name) ? say.parts.terminals[name as keyof SyntaxWords['parts']['terminals']] : undefined;
}

function capitalised(word: string): string {
    return word[0].toUpperCase() + word.slice(1);
}

function wordAt(text: string, offset: number): string | undefined {
    return /^[^\s{}]+/.exec(text.slice(offset))?.[0];
}

/** `LINE:COLUMN`, 1-based, as editors and `cjm lint` show places. */
function positionOf(text: string, offset: number): string {
    const { line, character } = positionAt(text, offset);
    return `${line + 1}:${character + 1}`;
}
