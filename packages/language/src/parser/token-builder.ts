import type { TokenType, TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, GrammarUtils, type GrammarAST, type TokenBuilderOptions } from 'langium';

/**
 * Chevrotain enters every token type it first meets in a table of its own for the life of
 * the process, so token types built anew for every set of services (each `cjm` call run in
 * process, each test, each browser worker restart) would stay in memory for good, about
 * 50 KB a time. They depend on the grammar alone: built once per grammar, they are shared.
 */
const vocabularies = new WeakMap<GrammarAST.Grammar, TokenVocabulary>();

/**
 * Identifiers in any script need a Unicode (`u`) regex, which Langium turns into a
 * function pattern. That costs twice: Langium can no longer tell that `targetUser` is one
 * name rather than `target` + `User` (it reads the regex source to find a keyword's longer
 * alternative), and Chevrotain, unable to see which characters start such a token, drops
 * its first-character optimisation for the whole lexer (about 3x slower). This builder
 * keeps each terminal's regex for the first, and gives function patterns start-character
 * hints and no line breaks for the second.
 */
export class CjmTokenBuilder extends DefaultTokenBuilder {
    private readonly terminalPatterns = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const known = vocabularies.get(grammar);
        if (known !== undefined) {
            return known;
        }
        const built = super.buildTokens(grammar, options);
        vocabularies.set(grammar, built);
        return built;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const regex = GrammarUtils.terminalRegex(terminal);
        this.terminalPatterns.set(terminal.name, new RegExp(`^(?:${regex.source})$`, regex.flags));
        const token = super.buildTerminalToken(terminal);
        if (typeof token.PATTERN === 'function' && !terminal.hidden) {
            token.START_CHARS_HINT = startCharHints(regex);
            token.LINE_BREAKS = regex.test('\n');
        }
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => this.terminalPatterns.get(token.name)?.test(keyword.value));
    }
}

/**
 * The first character of each bucket from U+0100 on: U+0100, then each multiple of 255 (where
 * `code / 255` steps up). Stepped to, not found by testing every code point: that was some
 * 10 ms of each parser's construction.
 */
const BUCKET_HINTS: readonly string[] = [String.fromCharCode(0x100)]
    .concat(Array.from({ length: Math.ceil(0x10000 / 255) - 2 }, (_, i) => String.fromCharCode((i + 2) * 255)));

/**
 * Chevrotain groups characters above U+00FF into buckets of 255 (`255 + code / 255`), so
 * a hint needs only one character per bucket; the pattern itself still decides. Below
 * U+0100 the hints are exactly the characters a token can start with. Astral characters
 * are looked up by their high surrogate, which the buckets cover too.
 */
function startCharHints(regex: RegExp): string[] {
    const startsToken = new RegExp(regex.source, `${regex.flags}y`);
    const hints: string[] = [];
    for (let code = 0; code < 0x100; code++) {
        startsToken.lastIndex = 0;
        if (startsToken.test(String.fromCharCode(code))) {
            hints.push(String.fromCharCode(code));
        }
    }
    return [...hints, ...BUCKET_HINTS];
}
