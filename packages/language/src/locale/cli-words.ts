/**
 * What `cjm lint` says besides the maps' own diagnostics: the summary line of its stylish
 * output and the line it ends with when there are too many warnings (after `cjm: `).
 */
export interface CliWords {
    /** `✖ 3 problems (1 error, 2 warnings)`; infos are counted only when there are some. */
    problems: (errors: number, warnings: number, infos: number) => string;
    tooManyWarnings: (warnings: number, maxWarnings: number) => string;
}
