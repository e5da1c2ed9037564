import type { MapChange } from './map-change.js';
import { reportJson } from './report-json.js';
import { reportMarkdown, type MarkdownReportOptions } from './report-markdown.js';
import { reportText } from './report-text.js';

/** The formats of `cjm diff --format`, each a pure function of the changes. */
export const DIFF_REPORTERS = {
    text: (changes: readonly MapChange[]) => reportText(changes),
    markdown: (changes: readonly MapChange[], options?: MarkdownReportOptions) => reportMarkdown(changes, options),
    json: (changes: readonly MapChange[]) => reportJson(changes)
} satisfies Record<string, (changes: readonly MapChange[], options?: MarkdownReportOptions) => string>;

export type DiffFormat = keyof typeof DIFF_REPORTERS;
