import type { Diagnostic } from 'vscode-languageserver';
import type { Severity } from './rules.js';

/**
 * A diagnostic as reporters and reports read it: no LSP types, positions 1-based, the end
 * column exclusive (the column after the last character).
 */
export interface PlainDiagnostic {
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

const SEVERITIES: Readonly<Record<number, Severity>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/** A document's diagnostics in text order, then by rule: the order `cjm lint`, its reports and the editor's exports share. */
export function toPlainDiagnostics(diagnostics: readonly Diagnostic[]): PlainDiagnostic[] {
    return diagnostics.map(toPlain).sort(byPosition);
}

function toPlain({ code, severity, message, range }: Diagnostic): PlainDiagnostic {
    return {
        rule: String(code ?? 'unknown'),
        severity: SEVERITIES[severity ?? 1],
        message,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1
    };
}

function byPosition(a: PlainDiagnostic, b: PlainDiagnostic): number {
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
