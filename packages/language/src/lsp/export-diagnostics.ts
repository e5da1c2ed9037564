import type { Diagnostic } from 'vscode-languageserver';
import type { ExportDiagnostic } from '../export/markdown.js';
import { toPlainDiagnostics } from '../validation/plain-diagnostics.js';

/** A document's diagnostics as the Markdown report lists them, in `cjm lint`'s order. */
export function exportDiagnostics(file: string, diagnostics: readonly Diagnostic[]): ExportDiagnostic[] {
    return toPlainDiagnostics(diagnostics).map(({ line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
}
