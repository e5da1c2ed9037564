import type { TokenType } from 'chevrotain';
import { createLangiumParser, LangiumParserErrorMessageProvider, type LangiumCoreServices, type LangiumParser } from 'langium';
import { withLinearCstBuilder } from './cst-node-builder.js';

/** More parse errors than anyone reads; past it, recovery only burns time (100k errors took 20 s). */
const MAX_RECOVERED_ERRORS = 1000;

class TooManyParseErrors extends Error {}

/** The prefix of every parser error message; the token names follow, separated by ` | `. */
export const EXPECTED = 'expected ';

/** `expected A | B`, the first token of each path the parser could take; none: the end of the text. */
function expectedMessage(tokens: ReadonlyArray<TokenType | undefined>): string {
    const names = [...new Set(tokens.flatMap(token => token ? [token.name] : []))];
    return EXPECTED + (names.length > 0 ? names.join(' | ') : 'EOF');
}

/**
 * The parser's error messages in a terse form that `explainSyntaxErrors` reads back
 * ("expected ID | STRING"): only the explainer, which sees the text and the rule stack,
 * can say in a map author's words what went wrong. Also puts a limit on how many errors
 * one guarded parse may recover from.
 */
export class CjmParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private remaining = Number.POSITIVE_INFINITY;

    /** Runs `parse` with the error limit on; outside it (completion parsing) there is none. */
    guard<T>(parse: () => T): T {
        this.remaining = MAX_RECOVERED_ERRORS;
        try {
            return parse();
        } finally {
            this.remaining = Number.POSITIVE_INFINITY;
        }
    }

    override buildMismatchTokenMessage({ expected }: Parameters<LangiumParserErrorMessageProvider['buildMismatchTokenMessage']>[0]): string {
        this.count();
        return expectedMessage([expected]);
    }

    override buildNotAllInputParsedMessage(): string {
        this.count();
        return expectedMessage([]);
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt }: Parameters<LangiumParserErrorMessageProvider['buildNoViableAltMessage']>[0]): string {
        this.count();
        return expectedMessage(expectedPathsPerAlt.flat().map(path => path[0]));
    }

    override buildEarlyExitMessage({ expectedIterationPaths }: Parameters<LangiumParserErrorMessageProvider['buildEarlyExitMessage']>[0]): string {
        this.count();
        return expectedMessage(expectedIterationPaths.map(path => path[0]));
    }

    private count(): void {
        if (--this.remaining < 0) {
            throw new TooManyParseErrors();
        }
    }
}

/**
 * The document parser, made safe for hostile input. Chevrotain's error recovery recurses
 * once per recovered error inside a repetition, so tens of thousands of broken members
 * overflow the stack, and it slows down badly with very many errors. When either happens,
 * the text is parsed again without recovery: the map then reports its first syntax error.
 */
export function createResilientParser(services: LangiumCoreServices): LangiumParser {
    const messages = services.parser.ParserErrorMessageProvider as CjmParserErrorMessageProvider;
    const parser = withLinearCstBuilder(createLangiumParser(services));
    let parseWithRecovery = parser.parse.bind(parser);
    let strict: LangiumParser | undefined;
    const parse: LangiumParser['parse'] = (input, options) => {
        try {
            return messages.guard(() => parseWithRecovery(input, options));
        } catch (error) {
            if (!(error instanceof RangeError || error instanceof TooManyParseErrors)) {
                throw error;
            }
            // An aborted parse leaves the parser's stacks half full: start from a fresh one.
            const fresh = withLinearCstBuilder(createLangiumParser(services));
            parseWithRecovery = fresh.parse.bind(fresh);
            strict ??= withLinearCstBuilder(createLangiumParser(withoutRecovery(services)));
            return strict.parse(input, options);
        }
    };
    return Object.assign(parser, { parse });
}

function withoutRecovery(services: LangiumCoreServices): LangiumCoreServices {
    const parser = new Proxy(services.parser, {
        get: (target, key, receiver) => key === 'ParserConfig'
            ? { ...target.ParserConfig, recoveryEnabled: false }
            : Reflect.get(target, key, receiver)
    });
    return new Proxy(services, {
        get: (target, key, receiver) => key === 'parser' ? parser : Reflect.get(target, key, receiver)
    });
}
