import type { KeywordKey } from '../lsp/hover/keyword-sections.js';

/** What hover says of a keyword: what it means and why a map needs it, and the link to the language reference. */
export interface HoverWords {
    /** The label of the link to the keyword's section of the language reference. */
    reference: string;
    keywords: Readonly<Record<KeywordKey, string>>;
}
