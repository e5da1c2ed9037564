import type { LintResult } from '../lint/lint-result.js';

/**
 * What render and export say on stderr when the map they wrote has lint errors: the
 * picture or export is written anyway (a draft is worth seeing), but never silently.
 */
export function lintErrorNotice(result: LintResult, written: string): string | undefined {
    const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error').length;
    if (errors === 0) {
        return undefined;
    }
    const file = /^[\w./-]+$/.test(result.file) ? result.file : `'${result.file.replaceAll("'", "'\\''")}'`;
    return `cjm: ${result.file} has ${errors} lint error${errors === 1 ? '' : 's'}; ${written} was written anyway (see ${errors === 1 ? 'it' : 'them'} with: cjm lint ${file})\n`;
}
