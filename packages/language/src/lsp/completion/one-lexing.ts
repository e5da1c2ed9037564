import type { Lexer, LexerResult, TokenizeOptions } from 'langium';

/**
 * The grammar's lexer, lexing a text once while `keep` runs: one completion request reads
 * the tokens of the whole document twice (is the cursor in a comment; Langium's token
 * before the cursor), which in a file of 10,000 lines is some 20 ms each. The tokens are
 * dropped when `keep` ends, so a big file's tokens are not held between requests.
 */
export class OneLexing implements Lexer {
    private readonly lexer: Lexer;
    private last: { text: string; result: LexerResult } | undefined;
    private keeping = false;

    constructor(lexer: Lexer) {
        this.lexer = lexer;
    }

    get definition(): Lexer['definition'] {
        return this.lexer.definition;
    }

    tokenize(text: string, options?: TokenizeOptions): LexerResult {
        if (!this.keeping || options !== undefined) {
            return this.lexer.tokenize(text, options);
        }
        if (this.last?.text !== text) {
            this.last = { text, result: this.lexer.tokenize(text) };
        }
        return this.last.result;
    }

    /** Runs `work`, lexing each text once meanwhile. */
    async keep<T>(work: () => Promise<T>): Promise<T> {
        this.keeping = true;
        try {
            return await work();
        } finally {
            this.keeping = false;
            this.last = undefined;
        }
    }
}
