/**
 * The plain result of linting, as every reporter reads it: no Langium types, positions
 * 1-based, end column exclusive (the column after the last character).
 */
import type { Locale, PlainDiagnostic, Severity } from '@cjm/language';

export type LintSeverity = Severity;

export type LintDiagnostic = PlainDiagnostic;

export interface LintResult {
    /** The path as given or found, relative to the current folder. */
    file: string;
    diagnostics: LintDiagnostic[];
    /** The language of its messages; absent in results made by hand, which speak English. */
    locale?: Locale;
}

export interface LintCounts {
    errors: number;
    warnings: number;
    infos: number;
}

export function countDiagnostics(results: readonly LintResult[]): LintCounts {
    const counts: LintCounts = { errors: 0, warnings: 0, infos: 0 };
    for (const { diagnostics } of results) {
        for (const { severity } of diagnostics) {
            if (severity === 'error') {
                counts.errors++;
            } else if (severity === 'warning') {
                counts.warnings++;
            } else {
                counts.infos++;
            }
        }
    }
    return counts;
}

/**
 * The language a report about these results speaks where no `--locale` chose one: that of
 * the files with problems when they all speak one, else English.
 */
export function resultsLocale(results: readonly LintResult[]): Locale {
    return sharedLocale(results.filter(result => result.diagnostics.length > 0).map(result => result.locale ?? 'en'));
}

/** The one language all of these speak, else English: a summary about files that speak several is said in English. */
export function sharedLocale(locales: readonly Locale[]): Locale {
    const spoken = new Set(locales);
    return spoken.size === 1 ? [...spoken][0] : 'en';
}

/** The results with errors only (`--quiet`); every file stays. */
export function errorsOnly(results: readonly LintResult[]): LintResult[] {
    return results.map(result => ({ ...result, diagnostics: result.diagnostics.filter(diagnostic => diagnostic.severity === 'error') }));
}
