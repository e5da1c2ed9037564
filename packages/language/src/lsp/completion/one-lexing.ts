import type { IToken } from 'chevrotain';
import type { Lexer, LexerResult, TokenizeOptions } from 'langium';
import type { TextWindow } from './lexing-window.js';

/**
 * The grammar's lexer, lexing the document's text once while `keep` runs, and only the
 * window of it around the cursor (lexing-window.ts): one completion request reads the
 * tokens of the document twice (is the cursor in a comment; Langium's token before the
 * cursor), and lexing a file of 10,000 lines took some 40 ms each time. The tokens keep
 * their offsets in the whole text. They are dropped when `keep` ends, so a big file's
 * tokens are not held between requests.
 */
export class OneLexing implements Lexer {
    private readonly lexer: Lexer;
    private kept: { text: string; window: TextWindow; result?: LexerResult } | undefined;

    constructor(lexer: Lexer) {
        this.lexer = lexer;
    }

    get definition(): Lexer['definition'] {
        return this.lexer.definition;
    }

    tokenize(text: string, options?: TokenizeOptions): LexerResult {
        if (this.kept?.text !== text || options !== undefined) {
            return this.lexer.tokenize(text, options);
        }
        this.kept.result ??= this.lexWindow(text, this.kept.window);
        return this.kept.result;
    }

    /** Runs `work`, lexing meanwhile only the `window` of `text`, once. */
    async keep<T>(text: string, window: TextWindow, work: () => Promise<T>): Promise<T> {
        this.kept = { text, window };
        try {
            return await work();
        } finally {
            this.kept = undefined;
        }
    }

    private lexWindow(text: string, { start, end }: TextWindow): LexerResult {
        const result = this.lexer.tokenize(start === 0 && end === text.length ? text : text.substring(start, end));
        if (start > 0) {
            result.tokens.forEach(token => shift(token, start));
            result.hidden.forEach(token => shift(token, start));
        }
        return result;
    }
}

/** A token of a part of the text as a token of the whole text, by offset (what completion reads of it). */
function shift(token: IToken, by: number): void {
    token.startOffset += by;
    if (token.endOffset !== undefined) {
        token.endOffset += by;
    }
}
