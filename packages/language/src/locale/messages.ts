/**
 * Every word cjm writes for people, in one table per locale (en.ts, ru.ts), one section
 * per reader-facing part. The `Messages` type makes a word added in one language a type
 * error until every language has it; test/locale/messages.test.ts checks the same at run
 * time, key by key.
 */
import type { DiagramWords } from './diagram-words.js';
import { en } from './en.js';
import type { Locale } from './locale.js';
import { ru } from './ru.js';
import type { SiteWords } from './site-words.js';

export interface Messages {
    diagram: DiagramWords;
    site: SiteWords;
}

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, ru };

export function messagesFor(locale: Locale): Messages {
    return MESSAGES[locale];
}
