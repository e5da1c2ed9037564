import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, GrammarUtils, type GrammarAST } from 'langium';

/**
 * Langium finds the identifier that a keyword may be the prefix of (`targetUser` is one
 * name, not `target` + `User`) by reading the terminal's regex source. A Unicode (`u`)
 * terminal becomes a function pattern with no source, so that link is lost; this builder
 * keeps each terminal's regex and restores it.
 */
export class CjmTokenBuilder extends DefaultTokenBuilder {
    private readonly terminalPatterns = new Map<string, RegExp>();

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const regex = GrammarUtils.terminalRegex(terminal);
        this.terminalPatterns.set(terminal.name, new RegExp(`^(?:${regex.source})$`, regex.flags));
        return super.buildTerminalToken(terminal);
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => this.terminalPatterns.get(token.name)?.test(keyword.value));
    }
}
