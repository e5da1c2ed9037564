import { AstUtils, GrammarAST } from 'langium';
import type { Locale } from '../../locale/locale.js';
import { KEYWORD_TEXTS, type KeywordText } from './keyword-texts.js';

/** The published docs/language.md; its headings are the anchors of KEYWORD_TEXTS' sections. */
export const LANGUAGE_REFERENCE = 'https://cjm.dev/language';

const MORE: Record<Locale, string> = { en: 'Language reference', ru: 'Справочник языка' };

/** What the keyword means where the grammar uses it and why a map needs it, in `locale`, with a link to its section. */
export function keywordHelp(keyword: GrammarAST.Keyword, locale: Locale): string | undefined {
    const text = keywordText(keyword);
    return text && `${text[locale]}\n\n[${MORE[locale]}: ${text.section.replace(/-/g, ' ')}](${LANGUAGE_REFERENCE}#${text.section})`;
}

/** The text of a keyword as used by its grammar rule (`Metric.target`), else of the keyword anywhere. */
export function keywordText(keyword: GrammarAST.Keyword): KeywordText | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    const own = `${rule}.${keyword.value}`;
    if (Object.hasOwn(KEYWORD_TEXTS, own)) {
        return KEYWORD_TEXTS[own];
    }
    return Object.hasOwn(KEYWORD_TEXTS, keyword.value) ? KEYWORD_TEXTS[keyword.value] : undefined;
}
