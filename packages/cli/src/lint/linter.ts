import { toPlainDiagnostics, type BuiltDocument, type Locale } from '@cjm/language';
import { buildWorkspace, type WorkspaceSettings } from '../workspace/build-workspace.js';
import type { Source } from '../workspace/read-sources.js';
import { workspaceSources } from '../workspace/workspace-sources.js';
import type { LintResult } from './lint-result.js';

// The command module loads this file on demand: it pulls in Langium.
export { messagesFor, RULES } from '@cjm/language';
export { resolveToday } from './today.js';

export type LintSettings = WorkspaceSettings;

/**
 * Lints the given sources, each with the other maps of its workspace, and returns the
 * results of the given sources only, in their order (see buildWorkspace for config errors).
 */
export async function lintSources(sources: readonly Source[], settings: LintSettings): Promise<LintResult[]> {
    const results: LintResult[] = [];
    for (const group of await workspaceSources(sources, settings.cwd)) {
        const { documents } = await buildWorkspace(group.sources, settings);
        group.given.forEach((position, index) => {
            results[position] = toLintResult(sources[position].file, documents[index].diagnostics, documents[index].locale);
        });
    }
    return results;
}

type Diagnostic = BuiltDocument['diagnostics'][number];

/** A file's Langium diagnostics as reporters read them, sorted by position, with the language they speak. */
export function toLintResult(file: string, diagnostics: readonly Diagnostic[], locale: Locale): LintResult {
    return { file, diagnostics: toPlainDiagnostics(diagnostics), locale };
}
