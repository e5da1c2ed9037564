import { AstUtils, DocumentState, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CjmServices } from '../cjm-module.js';
import { isCjmFile } from '../generated/ast.js';

/**
 * Keeps cross-file diagnostics fresh. Langium re-links the files that refer to a changed
 * one, but `duplicate-name` and `unused-persona`/`unused-channel` of a file also depend on
 * what the others declare and use. When a build changes what a file offers or takes from
 * the workspace (its top-level names, the top-level personas and channels it refers to),
 * every other map is validated again within the same build, after the edited one's
 * diagnostics have gone out; when a file is deleted, every other map is validated with the
 * update. A newer edit cancels the work, and Langium's next update resumes it.
 */
export class WorkspaceRevalidation {
    private readonly shared: LangiumSharedServices;
    private readonly services: CjmServices;
    private readonly signatures = new Map<string, string>();

    constructor(services: CjmServices) {
        this.services = services;
        this.shared = services.shared;
    }

    /** Starts following the builds (the server calls this; headless tools have no need). */
    listen(): void {
        const builder = this.shared.workspace.DocumentBuilder;
        builder.onUpdate((_changed, deleted) => this.afterDeletion(deleted));
        builder.onBuildPhase(DocumentState.Validated, (documents, token) => this.afterBuild(documents, token));
    }

    private afterDeletion(deleted: URI[]): void {
        if (deleted.length === 0) {
            return;
        }
        deleted.forEach(uri => this.signatures.delete(uri.toString()));
        const builder = this.shared.workspace.DocumentBuilder;
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            builder.resetToState(document, DocumentState.IndexedReferences);
        }
    }

    private async afterBuild(built: readonly LangiumDocument[], token: CancellationToken): Promise<void> {
        this.services.lsp.ConfigDiagnostics.publish();
        const documents = this.shared.workspace.LangiumDocuments.all.toArray();
        // A map alone in its workspace is compared with nothing (a signature of a file of
        // 100,000 lines reads every reference); forgetting its old one makes the next
        // comparison, once there is another map, a change.
        const alone = documents.length === 1;
        let changed = false;
        for (const document of built) {
            const key = document.uri.toString();
            const signature = alone ? undefined : workspaceSignature(document);
            changed ||= signature === undefined || this.signatures.get(key) !== signature;
            if (signature === undefined) {
                this.signatures.delete(key);
            } else {
                this.signatures.set(key, signature);
            }
        }
        const builtUris = new Set(built.map(document => document.uri.toString()));
        const others = documents.filter(document => !builtUris.has(document.uri.toString()));
        if (changed && others.length > 0) {
            await this.shared.workspace.DocumentBuilder.build(others, { validation: true }, token);
        }
    }
}

/** What a document offers to and takes from the rest of the workspace, as one string. */
function workspaceSignature(document: LangiumDocument): string {
    const root = document.parseResult.value;
    if (!isCjmFile(root)) {
        return '';
    }
    const declared = root.elements.map(element => `${element.$type}:${element.name}`).sort();
    const used = new Set<string>();
    for (const reference of document.references) {
        const target = 'ref' in reference ? reference.ref : undefined;
        if (target && isCjmFile(target.$container)) {
            used.add(`${target.$type}>${(target as unknown as { name: string }).name}@${AstUtils.getDocument(target).uri.toString()}`);
        }
    }
    return [...declared, '|', ...[...used].sort()].join('\n');
}
