import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

/**
 * What a failure inside cjm's checks says: the cause in words, so that lint fails and
 * says why instead of passing a map it has not checked (and no stack trace lands in a CI log).
 */
export function internalErrorMessage(error: unknown): string {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `cjm could not finish checking this (${cause}); it counts as failing until this is fixed. Please report it with the file.`;
}

/** A failure outside any one check: an error at the file's start. */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
    return {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        code: 'internal-error',
        message: internalErrorMessage(error)
    };
}
