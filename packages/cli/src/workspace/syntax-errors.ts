import { RULES } from '@cjm/language';
import type { LintResult } from '../lint/lint-result.js';
import { stylish } from '../reporters/stylish.js';
import { TOOL } from '../tool.js';

/**
 * Why a command (`verb`: render, export) does not use a map that does not parse: its
 * syntax errors as `cjm lint` shows them, then one line.
 */
export function reportSyntaxErrors(errors: LintResult, verb: string): string {
    return `${stylish([errors], { color: false, rules: RULES, tool: TOOL })}cjm: ${errors.file} has syntax errors; fix them to ${verb} it\n`;
}
