/**
 * The line `cjm fmt` ends with: how many files were already formatted, would be
 * reformatted (--check) or were rewritten. Counts are numbers of files.
 */
export interface FmtWords {
    /** Nothing to change in the `files` that parsed. */
    allFormatted: (files: number) => string;
    /** --check: `changed` files would be rewritten (they are listed on standard output). */
    wouldReformat: (changed: number) => string;
    /** `changed` files rewritten; `unchanged` were already formatted (0: not said). */
    rewrote: (changed: number, unchanged: number) => string;
}
