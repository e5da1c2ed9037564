/**
 * The message tables: every key of one locale exists in every other, with a word in it.
 * The type already demands this; the test keeps it true for tables built at run time and
 * shows the rule to whoever adds a section. The linter's messages also keep one style in
 * every language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/locale/locale.js';
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

/** A name of the map, as most arguments of a message carry it; it also does for a list of names, a count and a flag. */
const NAME = ['Xyzzy'];

/** The messages whose first argument is a kind (of declaration, of evidence, of entry) rather than a name. */
const KIND_FIRST: Readonly<Record<string, string>> = {
    'rules.unresolved-reference.notFound': 'Persona',
    'rules.duplicate-name.topLevel': 'Channel',
    'rules.duplicate-name.member': 'Stage',
    'rules.future-date.future': 'Answer',
    'rules.stale-evidence.stale': 'Metric',
    'rules.persona-not-on-touchpoint.notOnTouchpoint': 'emotion'
};

/**
 * Every message of the linter (the `rules` and `syntax` sections; `syntax.parts` are pieces
 * of messages, not messages), called with the same name for each argument.
 */
function lintMessages(locale: Locale): Array<[string, string]> {
    const { rules, syntax } = MESSAGES[locale];
    const { parts: _parts, ...messages } = syntax;
    const { kinds: _kinds, ...rulesByRule } = rules;
    const call = (path: string, say: (...args: unknown[]) => string): [string, string] => {
        const args: unknown[] = Array.from({ length: say.length }, () => NAME);
        if (Object.hasOwn(KIND_FIRST, path)) {
            args[0] = KIND_FIRST[path];
        }
        return [path, say(...args)];
    };
    return [
        ...Object.entries(messages).map(([key, say]) => call(`syntax.${key}`, say as (...args: unknown[]) => string)),
        ...Object.entries(rulesByRule).flatMap(([rule, says]) =>
            Object.entries(says as Record<string, (...args: unknown[]) => string>).map(([key, say]) => call(`rules.${rule}.${key}`, say)))
    ];
}

describe('the messages of the linter', () => {
    it.each(LOCALES)('in %s, are each one sentence: a capital letter (or a keyword in backticks) first, a full stop last', locale => {
        const strays = lintMessages(locale).filter(([, text]) => !/^[\p{Lu}`]/u.test(text) || !text.endsWith('.') || /[?!]\.?$/.test(text) || text.includes('undefined'));
        expect(strays).toEqual([]);
    });

    it.each(LOCALES)('in %s, quote the map\'s names in backticks, never in other quotation marks', locale => {
        const quoted = lintMessages(locale).filter(([, text]) => /['"«»\u201c\u201d]Xyzzy/.test(text));
        expect(quoted).toEqual([]);
        expect(lintMessages(locale).filter(([path]) => path === 'rules.barrier-needs-mitigation.unmitigated')[0][1]).toContain('`Xyzzy`');
    });

    it('never put a name of the map right after a Russian preposition, so that no name needs declension', () => {
        const prepositions = /(?:^|\s)(?:в|во|на|через|для|из|от|до|по|с|со|к|о|об|при|у|за|под|над|без)\s+`Xyzzy/u;
        expect(lintMessages('ru').filter(([, text]) => prepositions.test(text))).toEqual([]);
    });

    it('speak Russian in the Russian table: no English sentence left untranslated', () => {
        expect(lintMessages('ru').filter(([, text]) => !/\p{Script=Cyrillic}/u.test(text))).toEqual([]);
    });
});
