import type { Locale } from './locale.js';

/** Terms as they read in the middle of a line (`Source: interview`), from their spelling as labels (`Interview`). */
export function loweredTerms<K extends string>(terms: Readonly<Record<K, string>>, locale: Locale): Record<K, string> {
    return Object.fromEntries(Object.entries<string>(terms).map(([key, term]) => [key, term.toLocaleLowerCase(locale)])) as Record<K, string>;
}
