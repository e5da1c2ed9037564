/**
 * Completion lexes only the window of a big file around the cursor (lexing-window.ts,
 * one-lexing.ts): at every place in a map, the tokens completion reads there (the token
 * before the cursor, the token at it, a comment around it) are those of the whole text.
 */
import type { IToken } from 'chevrotain';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../../src/cjm-module.js';
import { lexingWindow } from '../../../src/lsp/completion/lexing-window.js';
import { OneLexing } from '../../../src/lsp/completion/one-lexing.js';
import { WORKSPACE_AS_ONE_FILE } from '../../fixtures.js';

const { parser } = createCjmServices(EmptyFileSystem).Cjm;

/** What completion reads of the tokens at `offset`: the one before it, the one at it, a comment around it. */
function around(tokens: IToken[], hidden: IToken[], offset: number): unknown {
    const plain = (token: IToken | undefined) => token && { start: token.startOffset, end: token.endOffset, image: token.image, type: token.tokenType.name };
    return {
        before: plain(tokens.filter(token => token.startOffset < offset).at(-1)),
        at: plain(tokens.find(token => token.startOffset <= offset && offset <= token.endOffset!)),
        comment: plain(hidden.find(token => token.tokenType.name.endsWith('COMMENT') && token.startOffset <= offset && offset <= token.endOffset! + 1))
    };
}

/** Checks each place around a token's edges of `text` (and every 10th besides): the window's tokens there equal the whole text's. */
async function expectWindowsLexLikeTheWholeText(text: string): Promise<void> {
    const root = parser.LangiumParser.parse(text).value;
    const whole = parser.Lexer.tokenize(text);
    const lexing = new OneLexing(parser.Lexer);
    const edges = [...whole.tokens, ...whole.hidden].flatMap(token => [token.startOffset - 1, token.startOffset, token.endOffset! + 1, token.endOffset! + 2]);
    const offsets = new Set([...edges, ...Array.from({ length: text.length / 10 }, (_, i) => i * 10), text.length].filter(offset => offset >= 0 && offset <= text.length));
    for (const offset of offsets) {
        const window = lexingWindow(root, text, offset);
        const part = await lexing.keep(text, window, () => Promise.resolve(lexing.tokenize(text)));
        expect(around(part.tokens, part.hidden, offset), `at offset ${offset}`).toEqual(around(whole.tokens, whole.hidden, offset));
    }
}

describe('the lexing window of completion', () => {
    it('is a small part of a big map: the elements before and at the cursor', () => {
        const text = WORKSPACE_AS_ONE_FILE;
        const root = parser.LangiumParser.parse(text).value;
        const offset = text.indexOf('journey MemberRenewal') + 200;
        const window = lexingWindow(root, text, offset);
        expect(window.start).toBeGreaterThan(0);
        expect(window.end).toBeLessThanOrEqual(text.length);
        expect(window.start).toBeLessThan(offset);
        expect(text.slice(window.start, window.end)).toContain('journey MemberRenewal');
    });

    it('gives the tokens of the whole text at every place of the example workspace as one file, comments before, between and after its elements', async () => {
        await expectWindowsLexLikeTheWholeText(`// a map\n${WORKSPACE_AS_ONE_FILE}\n/* between */\npersona Late "Late" // after\n// the end`);
    });

    it('gives the tokens of the whole text in a map with syntax errors', async () => {
        const text = WORKSPACE_AS_ONE_FILE.replace('journey MemberRenewal', 'journey Renewal {{ touchpoint "').replace(/via (\w+)/, 'via ');
        await expectWindowsLexLikeTheWholeText(text);
    });
});
