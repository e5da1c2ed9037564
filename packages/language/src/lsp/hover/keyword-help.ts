import { AstUtils, GrammarAST } from 'langium';
import type { HoverWords } from '../../locale/hover-words.js';
import { KEYWORD_SECTIONS, type KeywordKey } from './keyword-sections.js';

/** The published docs/language.md; its headings are the anchors of KEYWORD_SECTIONS. */
export const LANGUAGE_REFERENCE = 'https://cjm.dev/language';

/** What the keyword means where the grammar uses it and why a map needs it, in the words given, with a link to its section. */
export function keywordHelp(keyword: GrammarAST.Keyword, say: HoverWords): string | undefined {
    const key = keywordKey(keyword);
    if (key === undefined) {
        return undefined;
    }
    const section = KEYWORD_SECTIONS[key];
    return `${say.keywords[key]}\n\n[${say.reference}: ${section.replace(/-/g, ' ')}](${LANGUAGE_REFERENCE}#${section})`;
}

/** The key of a keyword as used by its grammar rule (`Metric.target`), else of the keyword anywhere. */
export function keywordKey(keyword: GrammarAST.Keyword): KeywordKey | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    const own = `${rule}.${keyword.value}`;
    if (Object.hasOwn(KEYWORD_SECTIONS, own)) {
        return own as KeywordKey;
    }
    return Object.hasOwn(KEYWORD_SECTIONS, keyword.value) ? keyword.value as KeywordKey : undefined;
}
