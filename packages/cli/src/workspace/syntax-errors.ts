import { messagesFor, RULES } from '@cjm/language';
import { resultsLocale, type LintResult } from '../lint/lint-result.js';
import { stylish } from '../reporters/stylish.js';
import { TOOL } from '../tool.js';

/**
 * Why a command does not use maps that do not parse: their syntax errors as `cjm lint`
 * shows them, then one line naming them and what follows (`consequence`, which gets
 * `is`/`are` filled in by number: "fix them to render it", "left untouched").
 */
export function reportSyntaxErrors(errors: readonly LintResult[], consequence: (one: boolean) => string): string {
    const one = errors.length === 1;
    const files = errors.length <= 2 ? errors.map(result => result.file).join(' and ') : `${errors.length} files`;
    const numbers = errors.some(result => result.diagnostics.some(diagnostic => diagnostic.rule === 'invalid-number'));
    return `${stylish(errors, { color: false, rules: RULES, tool: TOOL, words: messagesFor(resultsLocale(errors)).cli })}cjm: ${files} ${one ? 'has' : 'have'} ${numbers ? 'syntax or number errors' : 'syntax errors'}${consequence(one)}\n`;
}
