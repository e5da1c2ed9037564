import { RULES, type BuiltDocument } from '@cjm/language';
import { buildWorkspace, type WorkspaceSettings } from '../workspace/build-workspace.js';
import type { Source } from '../workspace/read-sources.js';
import type { LintDiagnostic, LintResult, LintSeverity } from './lint-result.js';

// The command module loads this file on demand: it pulls in Langium.
export { RULES };
export { resolveToday } from './today.js';

export type LintSettings = WorkspaceSettings;

/** Lints the sources as one workspace (see buildWorkspace for config errors). */
export async function lintSources(sources: readonly Source[], settings: LintSettings): Promise<LintResult[]> {
    const { documents } = await buildWorkspace(sources, settings);
    return documents.map(({ diagnostics }, index) => toLintResult(sources[index].file, diagnostics));
}

type Diagnostic = BuiltDocument['diagnostics'][number];

/** A file's Langium diagnostics as reporters read them, sorted by position. */
export function toLintResult(file: string, diagnostics: readonly Diagnostic[]): LintResult {
    return { file, diagnostics: diagnostics.map(toLintDiagnostic).sort(byPosition) };
}

const SEVERITIES: Record<number, LintSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function toLintDiagnostic({ code, severity, message, range }: Diagnostic): LintDiagnostic {
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

function byPosition(a: LintDiagnostic, b: LintDiagnostic): number {
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
