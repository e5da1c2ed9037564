import type { Diagnostic } from 'vscode-languageserver';
import type { ExportDiagnostic } from '../export/markdown.js';

const SEVERITIES: Readonly<Record<number, ExportDiagnostic['severity']>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/**
 * A document's diagnostics as the Markdown report lists them: 1-based, in the order of
 * the text, then by rule, as `cjm lint` (and so `cjm export`) sorts them.
 */
export function exportDiagnostics(file: string, diagnostics: readonly Diagnostic[]): ExportDiagnostic[] {
    return diagnostics
        .map(({ code, severity, message, range: { start } }) => ({
            file, line: start.line + 1, column: start.character + 1, severity: SEVERITIES[severity ?? 1], rule: String(code ?? 'unknown'), message
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
