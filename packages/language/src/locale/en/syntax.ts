import type { SyntaxWords } from '../syntax-words.js';

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

function holds(holder: string | undefined, members: readonly string[]): string {
    return `${holder === undefined ? 'a file' : `${article(holder)} ${holder}`} holds ${words(members)}`;
}

function capital(text: string): string {
    return text[0].toUpperCase() + text.slice(1);
}

export const syntax: SyntaxWords = {
    unterminatedString: () => 'Unterminated string: add the closing `"`.',
    stringRunsOn: (opened, line) => `The string opened at ${opened} runs on to line ${line}: its closing \`"\` may be missing.`,
    pointWithoutDigits: () => 'A number needs digits after its decimal point, as in `4.5`.',
    hashComment: () => 'Unexpected character `#`: comments start with `//`.',
    unexpectedCharacter: character => `Unexpected character \`${character}\`.`,
    notClosed: (block, opened, before) => `\`${block}\` opened at ${opened} is not closed${before === undefined ? '' : ` before \`${before}\``}.`,
    closesNoBlock: () => '`}` closes no block: it may be one too many.',
    keywordAsName: (keyword, name) => `\`${keyword}\` is a keyword, not a name; names are case-sensitive, so \`${name}\` would do.`,
    nameBeforeTitle: (keyword, title) => `\`${keyword}\` needs a name before its title, as in \`${keyword} Name ${title}\`.`,
    needsName: (keyword, found) => `\`${keyword}\` needs a name, found ${found}.`,
    takesName: (keyword, found) => keyword === undefined ? `Expected a name, found ${found}.` : `\`${keyword}\` takes a name, found ${found}.`,
    takesOneOf: (keyword, values, found) => `\`${keyword}\` takes one of ${words(values)}, found ${found}.`,
    takesOneOfNear: (keyword, values, nearest) => `\`${keyword}\` takes one of ${words(values)}: perhaps \`${nearest}\`.`,
    takesString: (keyword, example, found) =>
        `${keyword === undefined ? 'Expected' : `\`${keyword}\` takes`} a string in double quotes${example === undefined ? `, found ${found}` : `, as in \`${example}\``}.`,
    takesDate: (keyword, found) => `${keyword === undefined ? 'Expected' : `\`${keyword}\` takes`} a date as YYYY-MM-DD, found \`${found}\`.`,
    takesNumber: (keyword, found) => `${keyword === undefined ? 'Expected' : `\`${keyword}\` takes`} a number, found ${found}.`,
    expected: (expected, found) => `Expected ${either(expected)}, found ${found}.`,
    unknownKeywordNear: (found, nearest) => `Unknown keyword \`${found}\`: perhaps \`${nearest}\`.`,
    unknownKeyword: (found, holder, members) => `Unknown keyword \`${found}\`: ${holds(holder, members)}.`,
    unexpected: (found, holder, members) => `Unexpected \`${found}\`: ${holds(holder, members)}.`,
    unexpectedAfter: (found, declaration) => `Unexpected \`${found}\` after the end of \`${declaration}\`.`,
    onlyOnce: (keyword, kind) => `\`${keyword}\` may appear only once in ${article(kind)} ${kind}.`,
    comesBefore: (keyword, later, template) => `\`${keyword}\` comes before \`${later}\`: ${template}.`,
    headOnce: (keyword, template) => `\`${keyword}\` may appear only once here: ${template}.`,
    belongs: (keyword, declares, places, here, template) =>
        `${declares ? `${capital(article(keyword))} \`${keyword}\`` : `\`${keyword}\``} belongs ${either(places)}, ${here}${template === undefined ? '' : `: ${template}`}.`,
    decimalComma: number => `Write a decimal point, not a comma: \`${number}\`.`,
    nameCharacters: suggestions =>
        `A name holds only letters, digits and \`_\`, and starts with a letter or \`_\`: write ${either(suggestions.map(name => `\`${name}\``))}.`,
    parts: {
        hereTop: () => 'not at the top of the file',
        hereIn: block => `not directly in \`${block}\``,
        hereBraces: block => `not between the braces of \`${block}\``,
        placeInside: heading => `inside ${article(heading)} \`${heading} { }\``,
        placeTop: () => 'at the top of a file',
        placeHead: (keyword, block) => `in ${article(keyword)} \`${keyword}\` line${block ? ', before its `{`' : ''}`,
        endOfFile: 'the end of the file',
        terminals: { ID: 'a name', STRING: 'a string in double quotes', NUMBER: 'a number', DATE: 'a date (YYYY-MM-DD)', EOF: 'the end of the file' }
    }
};
