/**
 * Every syntax message, in one place so that a table per locale can replace it: each is
 * one sentence that ends with a full stop (or a question mark), names and words of the
 * map in backticks. The arguments are already shortened for display (`brief`).
 */

/** A list of words as a message shows them: `a`, `b`, `c`. */
function words(list: readonly string[]): string {
    return list.map(word => `\`${word}\``).join(', ');
}

/** `a` and `b`, `a`, `b` or `c`: places in a sentence. */
function either(list: readonly string[]): string {
    return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/** `an `answer``, `a `stage``: a keyword as the thing it declares. */
function article(word: string): string {
    return /^[aeiou]/.test(word) ? 'an' : 'a';
}

export const SYNTAX_MESSAGES = {
    unterminatedString: () => 'Unterminated string: add the closing `"`.',
    stringRunsOn: (opened: string, line: number) => `The string opened at ${opened} runs on to line ${line}; is its closing \`"\` missing?`,
    pointWithoutDigits: () => 'A number needs digits after its decimal point, as in `4.5`.',
    hashComment: () => 'Unexpected character `#`: comments start with `//`.',
    unexpectedCharacter: (character: string) => `Unexpected character \`${character}\`.`,
    notClosed: (block: string, opened: string, before: string | undefined) => `\`${block}\` opened at ${opened} is not closed${before === undefined ? '' : ` before \`${before}\``}.`,
    closesNoBlock: () => '`}` closes no block; is it one too many?',
    keywordAsName: (keyword: string, name: string) => `\`${keyword}\` is a keyword, not a name; names are case-sensitive, so \`${name}\` would do.`,
    nameBeforeTitle: (keyword: string, title: string) => `\`${keyword}\` needs a name before its title, as in \`${keyword} Name ${title}\`.`,
    needsName: (keyword: string, found: string) => `\`${keyword}\` needs a name, found ${found}.`,
    takesName: (keyword: string | undefined, found: string) => keyword === undefined ? `Expected a name, found ${found}.` : `\`${keyword}\` takes a name, found ${found}.`,
    takesOneOf: (keyword: string, values: readonly string[], found: string) => `\`${keyword}\` takes one of ${words(values)}, found ${found}.`,
    takesOneOfNear: (keyword: string, values: readonly string[], nearest: string) => `\`${keyword}\` takes one of ${words(values)}; did you mean \`${nearest}\`?`,
    takesString: (keyword: string | undefined, example: string | undefined, found: string) =>
        `${keyword === undefined ? 'Expected' : `\`${keyword}\` takes`} a string in double quotes${example === undefined ? `, found ${found}` : `, as in \`${example}\``}.`,
    takesDate: (keyword: string | undefined, found: string) => `${keyword === undefined ? 'Expected' : `\`${keyword}\` takes`} a date as YYYY-MM-DD, found \`${found}\`.`,
    takesNumber: (keyword: string | undefined, found: string) => `${keyword === undefined ? 'Expected' : `\`${keyword}\` takes`} a number, found ${found}.`,
    expected: (expected: readonly string[], found: string) => `Expected ${either(expected)}, found ${found}.`,
    unknownKeywordNear: (found: string, nearest: string) => `Unknown keyword \`${found}\`; did you mean \`${nearest}\`?`,
    unknownKeyword: (found: string, holder: string | undefined, members: readonly string[]) => `Unknown keyword \`${found}\`: ${holds(holder, members)}.`,
    unexpected: (found: string, holder: string | undefined, members: readonly string[]) => `Unexpected \`${found}\`: ${holds(holder, members)}.`,
    unexpectedAfter: (found: string, declaration: string) => `Unexpected \`${found}\` after the end of \`${declaration}\`.`,
    onlyOnce: (keyword: string, kind: string) => `\`${keyword}\` may appear only once in ${article(kind)} ${kind}.`,
    /** `source` after `date` in an answer: the order the grammar takes, in full. */
    comesBefore: (keyword: string, later: string, template: string) => `\`${keyword}\` comes before \`${later}\`: ${template}.`,
    /** A clause given twice in one head (`via A via B`). */
    headOnce: (keyword: string, template: string) => `\`${keyword}\` may appear only once here: ${template}.`,
    /**
     * A keyword in a block that cannot hold it. `places` say where it belongs (`inside a
     * \`question "…" { }\``), `here` where it was found (`hereTop`, `hereIn`, `hereBraces`);
     * `template` is given when it belongs in one declaration's head.
     */
    belongs: (keyword: string, declares: boolean, places: readonly string[], here: string, template: string | undefined) =>
        `${declares ? `${capital(article(keyword))} \`${keyword}\`` : `\`${keyword}\``} belongs ${either(places)}, ${here}${template === undefined ? '' : `: ${template}`}.`,
    hereTop: () => 'not at the top of the file',
    hereIn: (block: string) => `not directly in \`${block}\``,
    hereBraces: (block: string) => `not between the braces of \`${block}\``,
    /** Where a keyword belongs: in the body of a block, or in a declaration's head. */
    placeInside: (heading: string) => `inside ${article(heading)} \`${heading} { }\``,
    placeTop: () => 'at the top of a file',
    placeHead: (keyword: string, block: boolean) => `in ${article(keyword)} \`${keyword}\` line${block ? ', before its `{`' : ''}`,
    decimalComma: (number: string) => `Write a decimal point, not a comma: \`${number}\`.`,
    /** A name written with `-` or a space, or starting with a digit (the range shows it); `suggestions` are names that would do. */
    nameCharacters: (suggestions: readonly string[]) =>
        `A name holds only letters, digits and \`_\`, and starts with a letter or \`_\`: write ${either(suggestions.map(name => `\`${name}\``))}.`
} as const;

/** A token as a message quotes it: one line, not too long. */
export function brief(text: string): string {
    const line = text.replace(/\s+/g, ' ');
    return [...line].length > 40 ? `${[...line].slice(0, 39).join('')}…` : line;
}

function holds(holder: string | undefined, members: readonly string[]): string {
    return `${holder === undefined ? 'a file' : `${article(holder)} ${holder}`} holds ${words(members)}`;
}

function capital(text: string): string {
    return text[0].toUpperCase() + text.slice(1);
}
