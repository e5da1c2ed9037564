import { RULES, toPlainDiagnostics, type BuiltDocument } from '@cjm/language';
import { buildWorkspace, type WorkspaceSettings } from '../workspace/build-workspace.js';
import type { Source } from '../workspace/read-sources.js';
import type { LintResult } from './lint-result.js';

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
    return { file, diagnostics: toPlainDiagnostics(diagnostics) };
}
