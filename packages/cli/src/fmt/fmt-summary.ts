/**
 * The line `cjm fmt` ends with on standard error: what the list of files on standard
 * output means (with --check), or what the run did. `formatted` counts the files that
 * parsed; files with syntax errors have their own report. Undefined when none parsed.
 */
export function fmtSummary(check: boolean, changed: number, formatted: number): string | undefined {
    const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;
    const unchanged = formatted - changed;
    if (formatted === 0) {
        return undefined;
    }
    if (changed === 0) {
        return unchanged === 1 ? '1 file is already formatted.' : `All ${files(unchanged)} are already formatted.`;
    }
    if (check) {
        return `${files(changed)} would be reformatted; run \`cjm fmt\` to rewrite ${changed === 1 ? 'it' : 'them'}.`;
    }
    return `Rewrote ${files(changed)}${unchanged === 0 ? '' : `; ${files(unchanged)} already formatted`}.`;
}
