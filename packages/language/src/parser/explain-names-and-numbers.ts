import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { nearestNames } from '../references/nearest-names.js';
import type { GrammarWords } from './grammar-words.js';
import type { SyntaxWords } from '../locale/syntax-words.js';

/**
 * Names and numbers written as people write them elsewhere: `first-visit` or `First Visit`
 * for a name, `41,5` for a number. The lexer and the parser see other tokens there, so
 * they would report a stray `-` or a missing `{`; these say what a name or a number is.
 */

/**
 * An explained error: its message, where the block it reports as not closed opened,
 * whether nothing after it can be trusted, and the text it is about when that is more
 * than the token where it was found (a whole name), with what could replace that text.
 */
export interface Explanation {
    message: string;
    opened?: number;
    endsText?: boolean;
    span?: { start: number; end: number };
    replacements?: string[];
}

/** The token before an error, as the explainer keeps it (lines 0-based, offsets into the text). */
export interface Previous {
    image: string;
    type: string;
    startLine: number;
    endLine: number;
    start: number;
    end: number;
}

/** A letter, mark, decimal digit or `_`: what a name is made of (the ID terminal of the grammar). */
const NAME_CHARACTER = /[\p{L}\p{M}\p{Nd}_]/u;

export function isNameCharacter(character: string | undefined): boolean {
    return character !== undefined && NAME_CHARACTER.test(character);
}

/**
 * Names that would do for one written with `-`, spaces or other marks between its words,
 * or with a leading digit: `first_visit` and `FirstVisit` for `first-visit`, `_1st` for
 * `1st`. Always the same for the same text, so a message and its quick fix agree.
 */
export function nameSuggestions(written: string): string[] {
    const parts = written.split(/[^\p{L}\p{M}\p{Nd}_]+/u).filter(part => part !== '');
    const joined = parts.join('_');
    const capitalised = parts.map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    const name = (text: string): string => (/^[\p{L}_]/u.test(text) ? text : `_${text}`);
    return [...new Set([name(joined), name(capitalised)])];
}

/**
 * The text around `offset` that the author meant as one name: name characters joined by
 * single marks (`first-visit`, `don't`), as [start, end) offsets.
 */
export function nameAround(text: string, offset: number): { start: number; end: number } {
    const inName = (at: number): boolean => isNameCharacter(text[at]) || (!/[\s"{}]/.test(text[at] ?? ' ') && isNameCharacter(text[at - 1]) && isNameCharacter(text[at + 1]));
    let start = offset;
    while (start > 0 && inName(start - 1)) {
        start--;
    }
    let end = offset;
    while (end < text.length && inName(end)) {
        end++;
    }
    return { start, end };
}

/** What a name may hold, for the text in `span`, with the names that would do (and replace it in the editor). */
export function nameMistake(text: string, span: { start: number; end: number }, say: SyntaxWords): Explanation {
    const replacements = nameSuggestions(text.slice(span.start, span.end));
    return { message: say.nameCharacters(replacements), span, replacements };
}

/** `41,5` as a European writes 41.5: a comma right after the digits of a number and before more digits. */
export function decimalComma(previous: Previous | undefined, offset: number, text: string, say: SyntaxWords): Explanation | undefined {
    // Sticky, so that only the text at the comma is read.
    const comma = /,([0-9]+)(\s*%)?/y;
    comma.lastIndex = offset;
    const decimals = comma.exec(text);
    if (previous?.type !== 'NUMBER' || previous.end !== offset || !decimals) {
        return undefined;
    }
    const number = `${previous.image}.${decimals[1]}`;
    return { message: say.decimalComma(`${number}${decimals[2] === undefined ? '' : '%'}`), span: { start: previous.start, end: offset + 1 + decimals[1].length }, replacements: [number] };
}

/**
 * The words after a declaration's name on its line (`stage First Visit`), when the parser
 * stopped at the second: a name with spaces. `previous` is the name the parser took.
 */
export function spacedName(previous: Previous | undefined, found: { image?: string; type?: string; rule: string }, region: AstNode, text: string, words: GrammarWords, say: SyntaxWords): Explanation | undefined {
    const declaration = previous?.type === 'ID' && found.type === 'ID' ? declarationNamedAt(region, previous.start) : undefined;
    // A misspelt keyword after the name (`touchpoint Landing vai Web`) is no second word of it.
    const keywords = declaration && [...words.headKeywords(declaration.$type), ...words.memberKeywords(found.rule)];
    if (!previous || !keywords || nearestNames(found.image ?? '', keywords).length > 0) {
        return undefined;
    }
    // The words of the name: separated by spaces or tabs only, up to a keyword (`touchpoint Sign Up via Web`).
    const word = /[ \t]+([\p{L}\p{M}\p{Nd}_]+)/uy;
    let end = previous.end;
    let parts = 1;
    for (word.lastIndex = end; ; word.lastIndex = end) {
        const next = word.exec(text);
        if (!next || words.keywords.has(next[1])) {
            break;
        }
        end = word.lastIndex;
        parts++;
    }
    return parts < 2 ? undefined : nameMistake(text, { start: previous.start, end }, say);
}

/** The declaration in `root` whose name is at `offset`. */
function declarationNamedAt(root: AstNode, offset: number): AstNode | undefined {
    return AstUtils.streamAst(root).find(node => typeof (node as { name?: unknown }).name === 'string' && GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.offset === offset);
}
