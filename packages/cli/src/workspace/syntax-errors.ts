import { messagesFor, RULES, type SyntaxStop } from '@cjm/language';
import { resultsLocale, type LintResult } from '../lint/lint-result.js';
import { stylish } from '../reporters/stylish.js';
import { TOOL } from '../tool.js';

/**
 * Why a command does not use maps that do not parse: their syntax errors as `cjm lint`
 * shows them, then one line naming them (two at most; else how many) and what follows,
 * in the language of their messages.
 */
export function reportSyntaxErrors(errors: readonly LintResult[], stop: SyntaxStop): string {
    const words = messagesFor(resultsLocale(errors)).cli;
    const files = errors.length <= 2 ? errors.map(result => result.file) : [];
    const numbers = errors.some(result => result.diagnostics.some(diagnostic => diagnostic.rule === 'invalid-number'));
    return `${stylish(errors, { color: false, rules: RULES, tool: TOOL, words })}cjm: ${words.syntaxStop(files, errors.length, numbers, stop)}\n`;
}
