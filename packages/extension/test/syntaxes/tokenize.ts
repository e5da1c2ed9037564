import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate, { type IGrammar, type StateStack } from 'vscode-textmate';

/** The repository root: tests read the grammar and the examples from there. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const GRAMMAR_PATH = `${ROOT}syntaxes/cjm.tmLanguage.json`;

/** One token as VS Code sees it: its text and the scopes from the outermost (`source.cjm`) in. */
export interface Token {
    text: string;
    scopes: string[];
    /** 0-based line and column of its first character, and its offset in the text without a BOM. */
    line: number;
    column: number;
    offset: number;
}

let grammar: Promise<IGrammar> | undefined;

/** The grammar of syntaxes/cjm.tmLanguage.json, run by vscode-textmate on Oniguruma, as VS Code runs it. */
export function loadCjmGrammar(): Promise<IGrammar> {
    grammar ??= (async () => {
        await oniguruma.loadWASM(readFileSync(`${ROOT}node_modules/vscode-oniguruma/release/onig.wasm`));
        const registry = new textmate.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text)
            }),
            loadGrammar: async scopeName => scopeName === 'source.cjm'
                ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
                : null
        });
        const loaded = await registry.loadGrammar('source.cjm');
        if (!loaded) {
            throw new Error(`No grammar source.cjm in ${GRAMMAR_PATH}`);
        }
        return loaded;
    })();
    return grammar;
}

/** The tokens of a whole text, line by line with the state carried over, like an editor; line ends belong to no line. */
export function tokenize(cjm: IGrammar, text: string): Token[] {
    const tokens: Token[] = [];
    let state: StateStack = textmate.INITIAL;
    let lineStart = 0;
    // Lines and the line ends between them, alternately.
    const parts = withoutBom(text).split(/(\r?\n)/);
    for (let line = 0; line * 2 < parts.length; line++) {
        const lineText = parts[line * 2];
        const result = cjm.tokenizeLine(lineText, state);
        for (const token of result.tokens) {
            const tokenText = lineText.slice(token.startIndex, token.endIndex);
            if (tokenText.length > 0) {
                tokens.push({ text: tokenText, scopes: token.scopes, line, column: token.startIndex, offset: lineStart + token.startIndex });
            }
        }
        state = result.ruleStack;
        lineStart += lineText.length + (parts[line * 2 + 1]?.length ?? 0);
    }
    return tokens;
}

/** The text as the editor holds it: VS Code drops a BOM. */
export function withoutBom(text: string): string {
    return text.replace(/^\uFEFF/, '');
}

/** Whether a token carries a scope or one below it (`constant.numeric` matches `constant.numeric.cjm`). */
export function hasScope(token: Token, scope: string): boolean {
    return token.scopes.some(s => s === scope || s.startsWith(`${scope}.`));
}

/** The innermost scope of a token: the one a theme colours it by. */
export function innermost(token: Token): string {
    return token.scopes[token.scopes.length - 1];
}

/** Each token but blanks as `text => innermost scope`, its text trimmed: compact expectations for snippets. */
export function scopesOf(tokens: Token[]): string[] {
    return tokens.filter(token => token.text.trim().length > 0).map(token => `${token.text.trim()} => ${innermost(token)}`);
}
