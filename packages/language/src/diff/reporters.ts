import type { Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import { reportJson } from './report-json.js';
import { reportMarkdown, type MarkdownReportOptions } from './report-markdown.js';
import { reportText } from './report-text.js';
import type { ReviewedChange } from './review-changes.js';

export interface DiffReportOptions extends MarkdownReportOptions {
    /** The reviewer's language; English by default. */
    locale?: Locale;
}

type DiffReporter = (changes: readonly ReviewedChange[], options?: DiffReportOptions) => string;

const words = (options: DiffReportOptions = {}) => messagesFor(options.locale ?? 'en').diff;

/** The text formats of `cjm diff --format`, each a pure function of the reviewed changes. */
export const DIFF_REPORTERS = {
    text: (changes: readonly ReviewedChange[], options?: DiffReportOptions) => reportText(changes, words(options)),
    markdown: (changes: readonly ReviewedChange[], options?: DiffReportOptions) => reportMarkdown(changes, words(options), options),
    json: (changes: readonly ReviewedChange[]) => reportJson(changes)
} satisfies Record<string, DiffReporter>;

export type DiffFormat = keyof typeof DIFF_REPORTERS;
