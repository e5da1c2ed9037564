/**
 * What the CLI says about maps besides their own diagnostics: lint's summary line and the
 * line it ends with when there are too many warnings (after `cjm: `), why maps that do not
 * parse stop a command, the notice of
 * render and export that a map with lint errors was written anyway, render's warning
 * about characters no font of cjm draws, and its notice that a PNG is an overview.
 */
/** What render and export wrote: one picture, the pictures of a map, the export. */
export type WrittenOutput = 'picture' | 'pictures' | 'export';

/**
 * What follows for maps that do not parse: fmt leaves them untouched, render and export
 * (`command`) need them fixed, render of a folder draws none of their journeys, diff cannot compare.
 */
export type SyntaxStop = { kind: 'untouched' } | { kind: 'fix'; command: string } | { kind: 'not-drawn' } | { kind: 'compare' };

export interface CliWords {
    /** `✖ 3 problems (1 error, 2 warnings)`; infos are counted only when there are some. */
    problems: (errors: number, warnings: number, infos: number) => string;
    tooManyWarnings: (warnings: number, maxWarnings: number) => string;
    /** `FILE has 2 lint errors; the picture was written anyway (see them with: cjm lint FILE)`, after `cjm: `. */
    writtenDespiteErrors: (file: string, errors: number, written: WrittenOutput, lintCommand: string) => string;
    /**
     * After the syntax errors, after `cjm: `: that `files` (their names; `count` of them in all)
     * do not parse, and what follows. `numbers`: some of the errors are numbers out of range.
     */
    syntaxStop: (files: readonly string[], count: number, numbers: boolean, stop: SyntaxStop) => string;
    /** After `cjm: `; `characters` as `U+1F9FF (🧿)`; `png`: the picture is a PNG, which shows an empty box for each. */
    missingGlyphs: (characters: readonly string[], png: boolean) => string;
    /** After `cjm: `: the default PNG of a very large journey is an overview whose touchpoint text is `textPx` high. */
    pngOverview: (textPx: number) => string;
}
