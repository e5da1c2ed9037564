import { messagesFor, type Locale, type WrittenOutput } from '@cjm/language';
import type { LintResult } from '../lint/lint-result.js';

/**
 * What render and export say on stderr when the map they wrote has lint errors: the
 * picture or export is written anyway (a draft is worth seeing), but never silently; in
 * the language of what was written.
 */
export function lintErrorNotice(result: LintResult, written: WrittenOutput, locale: Locale): string | undefined {
    const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error').length;
    if (errors === 0) {
        return undefined;
    }
    const file = /^[\w./-]+$/.test(result.file) ? result.file : `'${result.file.replaceAll("'", "'\\''")}'`;
    return `cjm: ${messagesFor(locale).cli.writtenDespiteErrors(result.file, errors, written, `cjm lint ${file}`)}\n`;
}
