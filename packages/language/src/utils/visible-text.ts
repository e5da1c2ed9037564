/**
 * Text from a map (or a file name) made safe to print to a terminal or a CI log: control
 * characters (C0, DEL, C1) and the bidirectional overrides and isolates that can reorder
 * what a reader sees are shown as escapes (`\x1b`, `\u202e`) instead of acting on the
 * terminal. Tab and newline are kept unless the text must stay on one line.
 */
const INVISIBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE_OR_LINE_BREAK = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function visibleText(text: string, options: { oneLine?: boolean } = {}): string {
    return text.replace(options.oneLine ? INVISIBLE_OR_LINE_BREAK : INVISIBLE, escape);
}

function escape(character: string): string {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
