/**
 * Writing Markdown that a map's text cannot break: the map's words are escaped into
 * inline text, and the report's blocks (tables, code fences) are built around them.
 */

/** The title shown for anything named: its title, trimmed, else its name. */
export function label({ name, title }: { name: string; title?: string }): string {
    const trimmed = title?.trim() ?? '';
    return trimmed === '' ? name : trimmed;
}

/** Bold text; `** x**` would not be bold, and `****` would show. */
export function strong(text: string): string {
    const escaped = md(text);
    return escaped === '' ? '' : `**${escaped}**`;
}

/** `**Label:** value`, one labelled field: the reader's language needs no preposition before the map's name. */
export function field(name: string, value: string): string {
    return `**${md(name)}:** ${value}`;
}

/** A GFM table; the cells are Markdown already (escaped by `md`). */
export function table(header: readonly string[], rows: readonly string[][]): string {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(header.map(md)), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A list, each item a line of Markdown with its nested items under it. */
export function list(items: readonly { text: string; items?: readonly string[] }[]): string {
    return items.map(item => [`- ${item.text}`, ...(item.items ?? []).map(nested => `  - ${nested}`)].join('\n')).join('\n');
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
export function fenced(language: string, code: string): string {
    const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${code.endsWith('\n') ? code : `${code}\n`}${fence}`;
}

/**
 * Text from the map as inline Markdown, safe in a heading, a list item and a table cell:
 * punctuation that Markdown or GitHub reads as syntax (emphasis, code, links, HTML,
 * entities, headings, tables, strikethrough, math) is backslash-escaped, and so is a
 * start that would open a list item (`- `, `+ `, `1. `); a line break becomes `<br>`,
 * which a table cell can hold; other control characters become spaces. Leading and
 * trailing space is dropped: at an item's start it would make an indented code block.
 */
export function md(text: string): string {
    return text
        .replace(/[\\`*_[\]<>#|~&$]/g, char => `\\${char}`)
        .replace(/(?![\r\n])\p{Cc}/gu, ' ')
        // Before the breaks become `<br>`: a text that ends in a break and a control character ends, not breaks.
        .trim()
        .replace(/\r\n?|\n/g, '<br>')
        .replace(/^([-+=])|^(\d+)([.)])/, (_, marker: string | undefined, digits: string, close: string) => marker === undefined ? `${digits}\\${close}` : `\\${marker}`);
}
