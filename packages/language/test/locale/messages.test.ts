/**
 * The message tables: every key of one locale exists in every other, with a word in it.
 * The type already demands this; the test keeps it true for tables built at run time and
 * shows the rule to whoever adds a section.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locale/locale.js';
import { MESSAGES } from '../../src/locale/messages.js';

/** Every leaf's path in a table: `diagram.legend.title`; a function is a leaf, by its arity. */
function leaves(table: unknown, path = ''): string[] {
    if (typeof table === 'function') {
        return [`${path}(${table.length})`];
    }
    if (typeof table === 'object' && table !== null) {
        return Object.entries(table).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
    }
    return [path];
}

/** Every plain string of a table, with its path. */
function strings(table: unknown, path = ''): Array<[string, string]> {
    if (typeof table === 'string') {
        return [[path, table]];
    }
    if (typeof table === 'object' && table !== null) {
        return Object.entries(table).flatMap(([key, value]) => strings(value, path === '' ? key : `${path}.${key}`));
    }
    return [];
}

describe('the message tables', () => {
    it('have the same keys, and the same parameters, in every locale', () => {
        const english = leaves(MESSAGES.en).sort();
        for (const locale of LOCALES) {
            expect(leaves(MESSAGES[locale]).sort(), locale).toEqual(english);
        }
    });

    it('have a word in every entry, never an empty one', () => {
        for (const locale of LOCALES) {
            expect(strings(MESSAGES[locale]).filter(([, text]) => text.trim() === ''), locale).toEqual([]);
        }
    });
});
