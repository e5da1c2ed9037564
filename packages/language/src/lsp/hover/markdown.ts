import { escapeMarkdown } from '../../diff/report-markdown.js';

/** Text from the map, safe as inline Markdown. */
export const md = escapeMarkdown;

/** The first line of a hover: what it is, its name and its title. */
export function heading(kind: string, name: string, title?: string): string {
    return `**${kind}** \`${name}\`${title ? ` — ${md(title)}` : ''}`;
}

/** A name as the reader knows it: its title with the name beside it, or the bare name. */
export function named(name: string, title?: string): string {
    return title ? `${md(title)} (\`${name}\`)` : `\`${name}\``;
}

/** `- Label: value` lines for the values that are present. */
export function facts(entries: ReadonlyArray<[string, string | undefined]>): string {
    return entries.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => `- ${label}: ${value}`).join('\n');
}

/** Paragraphs, the empty ones left out. */
export function paragraphs(...parts: ReadonlyArray<string | undefined>): string {
    return parts.filter(part => part !== undefined && part !== '').join('\n\n');
}
