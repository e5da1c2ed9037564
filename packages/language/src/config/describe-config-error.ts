import { messagesFor } from '../locale/messages.js';
import type { ConfigWords } from '../locale/config-words.js';
import type { Locale } from '../locale/locale.js';
import { ConfigError, type ConfigProblem } from './config.js';

/**
 * The message of a config problem: in the config's own `locale` when it is valid, else in
 * `fallback` (the CLI's `--locale`, the editor's language, else English). `file` is how
 * the reader names the file (the CLI: relative to the current folder); undefined omits it.
 */
export function describeConfigError(error: ConfigError, fallback: Locale | undefined, file: string | undefined): string {
    return configMessage(file, error.key, error.problem, error.locale ?? fallback ?? 'en');
}

/** A ConfigError whose own message is English, for readers that do not choose a language. */
export function configError(file: string, key: string | undefined, problem: ConfigProblem, locale: Locale | undefined): ConfigError {
    return new ConfigError(file, key, problem, locale, configMessage(file, key, problem, 'en'));
}

function configMessage(file: string | undefined, key: string | undefined, problem: ConfigProblem, locale: Locale): string {
    const words = messagesFor(locale).config;
    return words.located(file, key, problemText(problem, words));
}

function problemText(problem: ConfigProblem, words: ConfigWords): string {
    switch (problem.id) {
        case 'notJson':
            return words.notJson(problem.detail);
        case 'oneOf':
            return words.oneOf(problem.allowed);
        case 'type':
            return words.type(problem.type);
        case 'minimum':
            return words.minimum(problem.limit);
        default:
            return words[problem.id];
    }
}
