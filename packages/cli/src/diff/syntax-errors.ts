import { RULES } from '@cjm/language';
import type { LintResult } from '../lint/lint-result.js';
import { stylish } from '../reporters/stylish.js';
import { TOOL } from '../tool.js';

/** Why maps that do not parse are not compared: their syntax errors as `cjm lint` shows them, then one line. */
export function reportSyntaxErrors(errors: readonly LintResult[]): string {
    const files = errors.map(result => result.file).join(' and ');
    return `${stylish(errors, { color: false, rules: RULES, tool: TOOL })}cjm: ${files} ${errors.length === 1 ? 'has' : 'have'} syntax errors; fix them to compare\n`;
}
