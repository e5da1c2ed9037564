import type { ConfigWords } from '../config-words.js';

const list = (values: readonly string[]): string => values.map(value => `\`${value}\``).join(', ');

export const config: ConfigWords = {
    located: (file, key, problem) => [file, key === undefined ? undefined : `\`${key}\``, problem].filter(part => part !== undefined).join(': '),
    notJson: detail => `not valid JSON (${detail}).`,
    unknownKey: 'unknown key.',
    unknownRule: 'unknown rule id.',
    alwaysFails: 'cannot be configured: it always fails the lint.',
    notUnique: 'must not list a value twice.',
    empty: 'must not be empty.',
    invalid: 'invalid value.',
    oneOf: allowed => `must be one of ${list(allowed)}.`,
    type: type => `must be of type \`${type}\`.`,
    minimum: limit => `must be at least ${limit}.`
};
