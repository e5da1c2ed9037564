import type { ConfigWords } from '../config-words.js';

const list = (values: readonly string[]): string => values.map(value => `\`${value}\``).join(', ');

export const config: ConfigWords = {
    located: (file, key, problem) => [file, key === undefined ? undefined : `\`${key}\``, problem].filter(part => part !== undefined).join(': '),
    notJson: detail => `это не JSON (${detail}).`,
    unknownKey: 'неизвестный ключ.',
    unknownRule: 'неизвестное правило.',
    alwaysFails: 'не настраивается: это правило всегда проваливает проверку.',
    notUnique: 'значения не должны повторяться.',
    empty: 'значение не должно быть пустым.',
    invalid: 'недопустимое значение.',
    oneOf: allowed => `допустимые значения: ${list(allowed)}.`,
    type: type => `нужен тип \`${type}\`.`,
    minimum: limit => `наименьшее допустимое значение: ${limit}.`
};
