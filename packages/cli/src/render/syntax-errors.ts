import { RULES } from '@cjm/language';
import type { LintResult } from '../lint/lint-result.js';
import { stylish } from '../reporters/stylish.js';
import { TOOL } from '../tool.js';

/** Why a map that does not parse is not rendered: its syntax errors as `cjm lint` shows them, then one line. */
export function reportSyntaxErrors(errors: LintResult): string {
    return `${stylish([errors], { color: false, rules: RULES, tool: TOOL })}cjm: ${errors.file} has syntax errors; fix them to render it\n`;
}
