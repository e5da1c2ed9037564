import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { isRuleId, type RuleId } from '../validation/rules.js';
import type { Fix } from './code-actions/quick-fix.js';
import { addMitigation } from './code-actions/barrier-mitigation.js';
import { nearestEmotion } from './code-actions/emotion-range.js';
import { addBriefText, addTarget } from './code-actions/journey-brief.js';
import { removeUnused } from './code-actions/remove-unused.js';
import { addMetric, addResearch } from './code-actions/stage-skeletons.js';
import { replaceSyntax } from './code-actions/syntax-replacements.js';
import { suppressionActions } from './code-actions/suppress.js';
import { addChannel } from './code-actions/touchpoint-channel.js';
import { fixUnresolved } from './code-actions/unresolved-reference.js';

/** The quick fixes of each rule, chosen by the diagnostic's code (its rule id), never its message. */
const FIXES: Partial<Record<RuleId, Fix>> = {
    'syntax': replaceSyntax,
    'stage-needs-metric': addMetric,
    'stage-needs-research': addResearch,
    'touchpoint-needs-channel': addChannel,
    'unresolved-reference': fixUnresolved,
    'unused-persona': removeUnused,
    'unused-channel': removeUnused,
    'emotion-range': nearestEmotion,
    'barrier-needs-mitigation': addMitigation,
    'journey-needs-objective': addBriefText('objective'),
    'journey-needs-problem': addBriefText('problem'),
    'journey-needs-target': addTarget
};

/**
 * Quick fixes for the diagnostics the editor sends, then the suppression comments for them.
 * An editor that has no diagnostics yet (Ctrl+. right after opening a file, before the
 * first validation reached it) gets the fixes of the server's own: Langium answers only
 * once the document is validated.
 */
export class CjmCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: CjmServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        if (!wantsQuickFixes(params.context.only)) {
            return [];
        }
        const diagnostics = params.context.diagnostics.length > 0 ? params.context.diagnostics : ownDiagnostics(document, params.range);
        const fixes = diagnostics.flatMap(diagnostic => {
            const rule = String(diagnostic.code);
            const fix = isRuleId(rule) ? FIXES[rule] : undefined;
            return fix ? fix({ services: this.services, document, diagnostic }) : [];
        });
        return [...fixes, ...suppressionActions(document, diagnostics)];
    }
}

/** The document's diagnostics that touch the range. */
function ownDiagnostics(document: LangiumDocument, range: Range): Diagnostic[] {
    const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return (document.diagnostics ?? []).filter(diagnostic => before(diagnostic.range.start, range.end) && before(range.start, diagnostic.range.end));
}

/** Whether the kinds the client asks for (all when absent) include quick fixes. */
function wantsQuickFixes(only: readonly string[] | undefined): boolean {
    return only === undefined || only.some(kind => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix);
}
