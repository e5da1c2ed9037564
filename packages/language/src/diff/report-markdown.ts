import type { DiffWords } from '../locale/diff-words.js';
import { reviewDetail, reviewSubject } from './describe-review.js';
import type { ReviewedChange } from './review-changes.js';
import { summaryLine } from './summary-line.js';

export interface MarkdownReportOptions {
    /** What was compared, for the heading: `HEAD~1:maps/a.cjm`, `maps/a.cjm`. */
    old?: string;
    new?: string;
}

/**
 * Ready to post as a pull-request comment: a heading, the summary line in bold, and a
 * table with one row per change. Every text from the maps is escaped, so a title with
 * `|`, `*`, `<` or a newline cannot break the table or inject HTML.
 */
export function reportMarkdown(changes: readonly ReviewedChange[], words: DiffWords, options: MarkdownReportOptions = {}): string {
    const compared = options.old !== undefined && options.new !== undefined ? `: ${escapeMarkdown(options.old)} → ${escapeMarkdown(options.new)}` : '';
    const heading = `### ${words.heading}${compared}`;
    if (changes.length === 0) {
        return `${heading}\n\n${words.noChanges}\n`;
    }
    const rows = changes.map(change => `| ${words.change[change.change]} | ${escapeMarkdown(reviewSubject(change, words))} | ${escapeMarkdown(reviewDetail(change, words))} |`);
    const { change, element, detail } = words.columns;
    return [heading, '', `**${summaryLine(changes, words)}**`, '', `| ${change} | ${element} | ${detail} |`, '| --- | --- | --- |', ...rows, ''].join('\n');
}

/** Backslash-escapes what Markdown or a table cell would read as syntax; newlines become `<br>`. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>|~&#!]/g, char => `\\${char}`).replace(/\r?\n/g, '<br>');
}
