import { AstUtils, DocumentState, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CjmServices } from '../cjm-module.js';
import { isCjmFile } from '../generated/ast.js';

/**
 * Keeps cross-file diagnostics fresh. Langium re-links the files that refer to a changed
 * one, but `duplicate-name` and `unused-persona`/`unused-channel` of a file also depend on
 * what the others declare and use. When an edit changes what a file offers or takes from
 * the workspace (its top-level names, the top-level personas and channels it refers to),
 * or a file is deleted, every other map is validated again, after the edited one's
 * diagnostics have gone out.
 */
export class WorkspaceRevalidation {
    private readonly shared: LangiumSharedServices;
    private readonly services: CjmServices;
    private readonly signatures = new Map<string, string>();
    private deletedSinceLastBuild = false;

    constructor(services: CjmServices) {
        this.services = services;
        this.shared = services.shared;
    }

    /** Starts following the builds (the server calls this; headless tools have no need). */
    listen(): void {
        const builder = this.shared.workspace.DocumentBuilder;
        builder.onUpdate((_changed, deleted) => this.forget(deleted));
        builder.onBuildPhase(DocumentState.Validated, documents => this.afterBuild(documents));
    }

    private forget(deleted: URI[]): void {
        for (const uri of deleted) {
            this.signatures.delete(uri.toString());
            this.deletedSinceLastBuild = true;
        }
    }

    private afterBuild(built: readonly LangiumDocument[]): void {
        let changed = this.deletedSinceLastBuild;
        this.deletedSinceLastBuild = false;
        for (const document of built) {
            const key = document.uri.toString();
            const signature = workspaceSignature(document);
            const before = this.signatures.get(key);
            this.signatures.set(key, signature);
            changed ||= before !== undefined && before !== signature;
        }
        this.services.lsp.ConfigDiagnostics.publish();
        if (!changed) {
            return;
        }
        const builtUris = new Set(built.map(document => document.uri.toString()));
        const others = this.shared.workspace.LangiumDocuments.all.filter(document => !builtUris.has(document.uri.toString())).toArray();
        if (others.length > 0) {
            void this.shared.workspace.WorkspaceLock.write(token => this.shared.workspace.DocumentBuilder.build(others, { validation: true }, token));
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
