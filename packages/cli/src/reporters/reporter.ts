import type { CliWords, RuleInfo } from '@cjm/language';
import type { LintResult } from '../lint/lint-result.js';

/** What a reporter may know besides the results. */
export interface ReportContext {
    /** Use ANSI colours (stdout is a terminal and NO_COLOR is not set). */
    readonly color: boolean;
    /** The rule registry, in its order (SARIF lists every rule). */
    readonly rules: Readonly<Record<string, RuleInfo>>;
    /** The words of the report's own lines (stylish's summary), in the report's language. */
    readonly words: CliWords;
    readonly tool: {
        readonly name: string;
        readonly version: string;
        readonly informationUri: string;
    };
}

/** A pure function from results to the text to print ('' prints nothing). */
export type Reporter = (results: readonly LintResult[], context: ReportContext) => string;
