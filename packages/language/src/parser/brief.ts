/** A token as a message quotes it: one line, not too long. */
export function brief(text: string): string {
    const line = text.replace(/\s+/g, ' ');
    return [...line].length > 40 ? `${[...line].slice(0, 39).join('')}…` : line;
}
