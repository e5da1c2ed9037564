import type { SyntaxWords } from '../syntax-words.js';

/** A list of words as a message shows them: `a`, `b`, `c`. */
function words(list: readonly string[]): string {
    return list.map(word => `\`${word}\``).join(', ');
}

/** `a` или `b`: places in a sentence. */
function either(list: readonly string[]): string {
    return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} или ${list[list.length - 1]}`;
}

/** What a block may hold, the block as the subject. */
function holds(holder: string | undefined, members: readonly string[]): string {
    return `${holder === undefined ? 'файл может содержать' : `\`${holder}\` может содержать`} ${words(members)}`;
}

/** After a keyword, or with none (the grammar wants a value where no keyword stands before it). */
function after(keyword: string | undefined, what: string): string {
    return keyword === undefined ? `Ожидается ${what}` : `После \`${keyword}\` нужна ${what}`;
}

export const syntax: SyntaxWords = {
    unterminatedString: () => 'Строка не закрыта: добавьте закрывающую `"`.',
    stringRunsOn: (opened, line) => `Строка, начатая в ${opened}, тянется до строки ${line}: возможно, пропущена закрывающая \`"\`.`,
    pointWithoutDigits: () => 'После десятичной точки нужны цифры, например `4.5`.',
    hashComment: () => 'Неожиданный символ `#`: комментарий начинается с `//`.',
    unexpectedCharacter: character => `Неожиданный символ \`${character}\`.`,
    notClosed: (block, opened, before) => `Блок \`${block}\` (начало: ${opened}) не закрыт${before === undefined ? '' : ` перед \`${before}\``}.`,
    closesNoBlock: () => 'Скобка `}` не закрывает ни одного блока: возможно, она лишняя.',
    keywordAsName: (keyword, name) => `\`${keyword}\` — ключевое слово, а не имя; имена различают регистр, поэтому подойдёт \`${name}\`.`,
    nameBeforeTitle: (keyword, title) => `После \`${keyword}\` нужно имя, а затем заголовок, например \`${keyword} Name ${title}\`.`,
    needsName: (keyword, found) => `После \`${keyword}\` нужно имя, а найдено: ${found}.`,
    takesName: (keyword, found) => keyword === undefined ? `Ожидается имя, а найдено: ${found}.` : `После \`${keyword}\` нужно имя, а найдено: ${found}.`,
    takesOneOf: (keyword, values, found) => `После \`${keyword}\` допустимы только ${words(values)}, а найдено: ${found}.`,
    takesOneOfNear: (keyword, values, nearest) => `После \`${keyword}\` допустимы только ${words(values)}: возможно, \`${nearest}\`.`,
    takesString: (keyword, example, found) =>
        `${after(keyword, 'строка')} в двойных кавычках${example === undefined ? `, а найдено: ${found}` : `, например \`${example}\``}.`,
    takesDate: (keyword, found) => `${after(keyword, 'дата')} в виде YYYY-MM-DD, а найдено: \`${found}\`.`,
    takesNumber: (keyword, found) => `${keyword === undefined ? 'Ожидается число' : `После \`${keyword}\` нужно число`}, а найдено: ${found}.`,
    expected: (expected, found) => `Ожидается ${either(expected)}, а найдено: ${found}.`,
    unknownKeywordNear: (found, nearest) => `Неизвестное ключевое слово \`${found}\`: возможно, \`${nearest}\`.`,
    unknownKeyword: (found, holder, members) => `Неизвестное ключевое слово \`${found}\`: ${holds(holder, members)}.`,
    unexpected: (found, holder, members) => `Неожиданный текст \`${found}\`: ${holds(holder, members)}.`,
    unexpectedAfter: (found, declaration) => `Неожиданный текст \`${found}\` после конца \`${declaration}\`.`,
    onlyOnce: (keyword, kind) => `\`${kind}\` может содержать \`${keyword}\` только один раз.`,
    comesBefore: (keyword, later, template) => `\`${keyword}\` пишется перед \`${later}\`: ${template}.`,
    headOnce: (keyword, template) => `\`${keyword}\` может встречаться здесь только один раз: ${template}.`,
    // Russian needs no article: whether the keyword declares something changes nothing.
    belongs: (keyword, _declares, places, here, template) =>
        `Место \`${keyword}\` — ${either(places)}, ${here}${template === undefined ? '' : `: ${template}`}.`,
    decimalComma: number => `Пишите десятичную точку, а не запятую: \`${number}\`.`,
    nameCharacters: suggestions =>
        `Имя состоит только из букв, цифр и \`_\` и начинается с буквы или \`_\`: напишите ${either(suggestions.map(name => `\`${name}\``))}.`,
    parts: {
        hereTop: () => 'а не на верхнем уровне файла',
        hereIn: block => `а не прямо в \`${block}\``,
        hereBraces: block => `а не между скобками \`${block}\``,
        placeInside: heading => `внутри \`${heading} { }\``,
        placeTop: () => 'на верхнем уровне файла',
        placeHead: (keyword, block) => `в строке \`${keyword}\`${block ? ' до её `{`' : ''}`,
        endOfFile: 'конец файла',
        terminals: { ID: 'имя', STRING: 'строка в двойных кавычках', NUMBER: 'число', DATE: 'дата (YYYY-MM-DD)', EOF: 'конец файла' }
    }
};
