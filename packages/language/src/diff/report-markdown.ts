import type { MapChange } from './map-change.js';
import { describeChange, summaryLine } from './summary.js';

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
export function reportMarkdown(changes: readonly MapChange[], options: MarkdownReportOptions = {}): string {
    const compared = options.old !== undefined && options.new !== undefined ? `: ${escapeMarkdown(options.old)} → ${escapeMarkdown(options.new)}` : '';
    const heading = `### Journey map changes${compared}`;
    if (changes.length === 0) {
        return `${heading}\n\nNo changes in meaning.\n`;
    }
    const rows = changes.map(change => `| ${change.change} | ${change.element} | ${escapeMarkdown(change.path)} | ${escapeMarkdown(describeChange(change))} |`);
    return [heading, '', `**${summaryLine(changes)}**`, '', '| Change | Element | Path | Detail |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** Backslash-escapes what Markdown or a table cell would read as syntax; newlines become `<br>`. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>|~&#!]/g, char => `\\${char}`).replace(/\r?\n/g, '<br>');
}
