import type { Locale } from '@cjm/language';
import type { OptionDefinition } from '../command.js';

/**
 * The languages cjm writes in, named here rather than imported so that `cjm --help` does
 * not load Langium; as a Record over Locale, the type checker keeps the two lists equal.
 */
const LOCALES: Readonly<Record<Locale, string>> = { en: 'en', ru: 'ru' };

/** `--locale en|ru` for a command whose `words` (the picture's, the report's) follow the map's language. */
export function localeOption(words: string): OptionDefinition {
    return {
        flags: '--locale <locale>', choices: Object.keys(LOCALES),
        description: `language of ${words} (default: "locale" in cjm.config.json, else Russian when most of the journey's titles are Cyrillic, else English)`
    };
}
