/**
 * What the CLI says about maps besides their own diagnostics: lint's summary line and the
 * line it ends with when there are too many warnings (after `cjm: `), the notice of
 * render and export that a map with lint errors was written anyway, and render's warning
 * about characters no font of cjm draws.
 */
/** What render and export wrote: one picture, the pictures of a map, the export. */
export type WrittenOutput = 'picture' | 'pictures' | 'export';

export interface CliWords {
    /** `✖ 3 problems (1 error, 2 warnings)`; infos are counted only when there are some. */
    problems: (errors: number, warnings: number, infos: number) => string;
    tooManyWarnings: (warnings: number, maxWarnings: number) => string;
    /** `FILE has 2 lint errors; the picture was written anyway (see them with: cjm lint FILE)`, after `cjm: `. */
    writtenDespiteErrors: (file: string, errors: number, written: WrittenOutput, lintCommand: string) => string;
    /** After `cjm: `; `characters` as `U+1F9FF (🧿)`; `png`: the picture is a PNG, which shows an empty box for each. */
    missingGlyphs: (characters: readonly string[], png: boolean) => string;
}
