import { createCjmServices, formatText, type Locale, type ParseError } from '@cjm/language';
import { EmptyFileSystem } from 'langium';
import type { LintResult } from '../lint/lint-result.js';
import type { Source } from '../workspace/read-sources.js';

// The command module loads this file on demand: it pulls in Langium.
export { messagesFor } from '@cjm/language';

/** One file's outcome: its formatted text and the language of its titles, or its syntax errors as `cjm lint` shows them. */
export type Formatted =
    | { readonly source: Source; readonly text: string; readonly locale: Locale }
    | { readonly source: Source; readonly errors: LintResult };

/** Formats each source on its own: formatting reads no other file, and needs no config. */
export async function formatSources(sources: readonly Source[]): Promise<Formatted[]> {
    const { Cjm } = createCjmServices(EmptyFileSystem);
    const formatted: Formatted[] = [];
    for (const source of sources) {
        const result = await formatText(Cjm, source.text);
        formatted.push('errors' in result ? { source, errors: toLintResult(source.file, result.errors, result.locale) } : { source, text: result.text, locale: result.locale });
    }
    return formatted;
}

function toLintResult(file: string, errors: readonly ParseError[], locale: Locale): LintResult {
    return {
        file,
        locale,
        diagnostics: errors.map(({ message, range: { start, end } }) => ({
            rule: 'syntax',
            severity: 'error',
            message,
            line: start.line + 1,
            column: start.character + 1,
            endLine: end.line + 1,
            endColumn: end.character + 1
        }))
    };
}
