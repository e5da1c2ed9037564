/**
 * Editors hide a byte order mark and count columns after it; the lexer would read it as
 * whitespace and shift every column of the first line by one. Every text read from disk
 * goes through here before it is parsed.
 */
export function withoutBom(text: string): string {
    return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}
