import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { CjmServices } from '../../cjm-module.js';

/** What a fix for one diagnostic gets: the services, the document and the diagnostic. */
export interface FixContext {
    services: CjmServices;
    document: LangiumDocument;
    diagnostic: Diagnostic;
}

export type Fix = (context: FixContext) => CodeAction[];

/** A quick fix of `diagnostics` that edits one or more documents (by URI). */
export function quickFix(title: string, diagnostics: Diagnostic[], changes: Record<string, TextEdit[]>, isPreferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes }, ...(isPreferred ? { isPreferred } : {}) };
}

/** A quick fix of one diagnostic by edits of its own document. */
export function localFix(context: FixContext, title: string, edits: TextEdit[], isPreferred = false): CodeAction {
    return quickFix(title, [context.diagnostic], { [context.document.uri.toString()]: edits }, isPreferred);
}

/**
 * The innermost node of the wanted type at the start of the diagnostic: the diagnostics
 * of cjm point at a declaration's name or at a reference.
 */
export function nodeAtDiagnostic<T extends AstNode>(context: FixContext, guard: (node: AstNode) => node is T): T | undefined {
    const root = context.document.parseResult.value.$cstNode;
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
}
