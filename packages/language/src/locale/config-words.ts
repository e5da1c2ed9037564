/**
 * What cjm says about a cjm.config.json it cannot use (the CLI, exit 2, and the editor's
 * diagnostics on the file). Key names and values stay verbatim, in backticks.
 */
export interface ConfigWords {
    /** `FILE: `KEY`: PROBLEM`; without a file (the editor shows the problem on the file itself) or a key, that part is left out. */
    located: (file: string | undefined, key: string | undefined, problem: string) => string;
    /** The parser's own words, in parentheses. */
    notJson: (detail: string) => string;
    unknownKey: string;
    unknownRule: string;
    /** A rule id that exists but always fails the lint (internal-error). */
    alwaysFails: string;
    notUnique: string;
    empty: string;
    invalid: string;
    oneOf: (allowed: readonly string[]) => string;
    /** JSON Schema's type name: `integer`, `array`, `string`, `object`. */
    type: (type: string) => string;
    minimum: (limit: number) => string;
}
