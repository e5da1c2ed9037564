import * as vscode from 'vscode';

/** The scheme of the read-only documents that show a semantic diff. */
export const DIFF_SCHEME = 'cjm-diff';

/**
 * Read-only Markdown documents of the semantic diffs the user asked for, one per map: a
 * second Compare with HEAD of the same file refreshes the document already open.
 */
export class DiffDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, this);

    /** Opens (or refreshes) the diff of `map` beside the editor. */
    async show(map: vscode.Uri, text: string): Promise<void> {
        const uri = this.refresh(map, text);
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.languages.setTextDocumentLanguage(document, 'markdown');
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }

    /** Sets the diff of `map` to `text`, refreshing the document if it is open; its URI. */
    refresh(map: vscode.Uri, text: string): vscode.Uri {
        const uri = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${map.path.split('/').pop()} (HEAD ↔ working tree).md`, query: map.toString() });
        this.texts.set(uri.toString(), text);
        this.changed.fire(uri);
        return uri;
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? '';
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }
}
