/**
 * What the parser's explainers say about text that does not parse (lint's `syntax` rule).
 * Each message is one sentence with a full stop, keywords and the map's words in
 * backticks; the arguments come already shortened for display (parser/brief.ts). `parts`
 * are the pieces the explainers put into a message, not messages of their own.
 */
export interface SyntaxWords {
    unterminatedString: () => string;
    stringRunsOn: (opened: string, line: number) => string;
    pointWithoutDigits: () => string;
    hashComment: () => string;
    unexpectedCharacter: (character: string) => string;
    notClosed: (block: string, opened: string, before: string | undefined) => string;
    closesNoBlock: () => string;
    keywordAsName: (keyword: string, name: string) => string;
    nameBeforeTitle: (keyword: string, title: string) => string;
    needsName: (keyword: string, found: string) => string;
    takesName: (keyword: string | undefined, found: string) => string;
    takesOneOf: (keyword: string, values: readonly string[], found: string) => string;
    takesOneOfNear: (keyword: string, values: readonly string[], nearest: string) => string;
    takesString: (keyword: string | undefined, example: string | undefined, found: string) => string;
    takesDate: (keyword: string | undefined, found: string) => string;
    takesNumber: (keyword: string | undefined, found: string) => string;
    expected: (expected: readonly string[], found: string) => string;
    unknownKeywordNear: (found: string, nearest: string) => string;
    unknownKeyword: (found: string, holder: string | undefined, members: readonly string[]) => string;
    unexpected: (found: string, holder: string | undefined, members: readonly string[]) => string;
    unexpectedAfter: (found: string, declaration: string) => string;
    /** An attribute written twice where the language takes it once; `kind` is the declaration's keyword. */
    onlyOnce: (keyword: string, kind: string) => string;
    /** `source` after `date` in an answer: the order the grammar takes, in full. */
    comesBefore: (keyword: string, later: string, template: string) => string;
    /** A clause given twice in one head (`via A via B`). */
    headOnce: (keyword: string, template: string) => string;
    /**
     * A keyword in a block that cannot hold it. `places` say where it belongs (parts
     * `placeInside`, `placeTop`, `placeHead`), `here` where it was found (`hereTop`,
     * `hereIn`, `hereBraces`); `template` is given when it belongs in one declaration's head.
     */
    belongs: (keyword: string, declares: boolean, places: readonly string[], here: string, template: string | undefined) => string;
    decimalComma: (number: string) => string;
    /** A name written with `-` or a space, or starting with a digit; `suggestions` are names that would do. */
    nameCharacters: (suggestions: readonly string[]) => string;
    parts: {
        hereTop: () => string;
        hereIn: (block: string) => string;
        hereBraces: (block: string) => string;
        placeInside: (heading: string) => string;
        placeTop: () => string;
        placeHead: (keyword: string, block: boolean) => string;
        /** What was found when the text ended. */
        endOfFile: string;
        /** The grammar's terminals as a message names what it expected. */
        terminals: Readonly<Record<'ID' | 'STRING' | 'NUMBER' | 'DATE' | 'EOF', string>>;
    };
}
