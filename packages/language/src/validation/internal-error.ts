import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { messagesFor, type Messages } from '../locale/messages.js';
import type { RuleWords } from '../locale/rule-words.js';

type InternalErrorWords = RuleWords['internal-error'];

/**
 * What a failure inside cjm's checks says: the cause in words, so that lint fails and
 * says why instead of passing a map it has not checked (and no stack trace lands in a CI log).
 */
export function internalErrorMessage(error: unknown, say: InternalErrorWords): string {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return say.failed(cause);
}

/** The words of internal-error in the document's language; English when even choosing that fails, for the failure may lie there. */
export function internalErrorWords(choose: () => Messages): InternalErrorWords {
    try {
        return choose().rules['internal-error'];
    } catch {
        return messagesFor('en').rules['internal-error'];
    }
}

/** A failure outside any one check: an error at the file's start. */
export function internalErrorDiagnostic(error: unknown, say: InternalErrorWords): Diagnostic {
    return {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        code: 'internal-error',
        message: internalErrorMessage(error, say)
    };
}
