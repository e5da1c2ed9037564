import type { FmtWords } from '@cjm/language';

/**
 * The line `cjm fmt` ends with on standard error: what the list of files on standard
 * output means (with --check), or what the run did. `formatted` counts the files that
 * parsed; files with syntax errors have their own report. Undefined when none parsed.
 */
export function fmtSummary(words: FmtWords, check: boolean, changed: number, formatted: number): string | undefined {
    if (formatted === 0) {
        return undefined;
    }
    if (changed === 0) {
        return words.allFormatted(formatted);
    }
    return check ? words.wouldReformat(changed) : words.rewrote(changed, formatted - changed);
}
