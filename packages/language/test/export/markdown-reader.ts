/**
 * The Markdown report as a reader gets it: parsed by marked's GFM lexer (what a wiki or
 * GitHub renders), so that tests see headings, tables, list items and code blocks, with
 * escapes resolved, never the raw text.
 */
import { marked, type Token, type Tokens } from 'marked';
import { expect } from 'vitest';

export function blocks(markdown: string): Token[] {
    return marked.lexer(markdown, { gfm: true });
}

/** The text a reader sees in inline tokens: escapes resolved, `<br>` as a line break; any other HTML fails the test. */
export function plain(tokens: readonly Token[] | undefined): string {
    return (tokens ?? []).map(token => {
        if (token.type === 'html') {
            expect(token.raw, 'the only HTML in a report is <br>').toBe('<br>');
            return '\n';
        }
        expect(token.type, 'map text never becomes code or an image').not.toMatch(/^(codespan|image)$/);
        if (token.type === 'link') {
            // Only a bare address becomes a link (GFM's autolinks), never [text](target) from the map.
            expect(token.text, 'a link from the map is its own address').toBe((token as Tokens.Link).href.replace(/^mailto:/, ''));
        }
        return 'tokens' in token && token.tokens ? plain(token.tokens) : (token as Tokens.Text).text;
    }).join('');
}

/** Every table as rows of plain cell texts, the header row first. */
export function tables(markdown: string): string[][][] {
    return blocks(markdown).filter((token): token is Tokens.Table => token.type === 'table')
        .map(table => [table.header, ...table.rows].map(row => row.map(cell => plain(cell.tokens))));
}

/** The rows of every table whose header row is `header`, in order. */
export function rowsUnder(markdown: string, header: readonly string[]): string[][] {
    return tables(markdown).filter(table => JSON.stringify(table[0]) === JSON.stringify(header)).flatMap(table => table.slice(1));
}

/** The table whose header row is `header`; exactly one. */
export function tableWithHeader(markdown: string, header: readonly string[]): string[][] {
    const found = tables(markdown).filter(table => JSON.stringify(table[0]) === JSON.stringify(header));
    expect(found, `one table headed ${header.join(' | ')}`).toHaveLength(1);
    return found[0].slice(1);
}

export function headings(markdown: string): string[] {
    return blocks(markdown).filter((token): token is Tokens.Heading => token.type === 'heading').map(heading => `${'#'.repeat(heading.depth)} ${plain(heading.tokens)}`);
}

/** Plain texts of every list item, nested items included, in order. */
export function listItems(markdown: string): string[] {
    const items: string[] = [];
    const walk = (tokens: readonly Token[]) => {
        for (const token of tokens) {
            if (token.type === 'list') {
                for (const item of (token as Tokens.List).items) {
                    const [first, ...rest] = item.tokens;
                    items.push(plain(first.type === 'text' ? (first as Tokens.Text).tokens : [first]));
                    walk(rest);
                }
            }
        }
    };
    walk(blocks(markdown));
    return items;
}

/** The paragraphs' plain texts. */
export function paragraphs(markdown: string): string[] {
    return blocks(markdown).filter((token): token is Tokens.Paragraph => token.type === 'paragraph').map(paragraph => plain(paragraph.tokens));
}

/** The code blocks. */
export function codeBlocks(markdown: string): Tokens.Code[] {
    return blocks(markdown).filter((token): token is Tokens.Code => token.type === 'code');
}

/** Everything a reader sees outside code blocks, as one text: headings, paragraphs, list items and table cells. */
export function readableText(markdown: string): string {
    return [...headings(markdown), ...paragraphs(markdown), ...listItems(markdown), ...tables(markdown).flat(2)].join('\n');
}
