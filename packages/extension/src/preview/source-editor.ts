import * as vscode from 'vscode';

/** The editor showing `resource`: the active one if it does, else a visible one. */
export function editorFor(resource: vscode.Uri): vscode.TextEditor | undefined {
    const uri = resource.toString();
    const active = vscode.window.activeTextEditor;
    return active?.document.uri.toString() === uri ? active : vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri);
}

/**
 * Shows `resource` with `selection` selected and in view, focused so the user can type:
 * in the editor that already shows it, else in the column left of the preview (or beside
 * it when the preview is leftmost).
 */
export async function revealSource(resource: vscode.Uri, selection: vscode.Range, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
    const shown = await showSource(resource, previewColumn, selection);
    shown.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** "Show Source", as Markdown's preview has it: the document focused, where revealSource would show it. */
export async function showSource(resource: vscode.Uri, previewColumn: vscode.ViewColumn | undefined, selection?: vscode.Range): Promise<vscode.TextEditor> {
    const editor = editorFor(resource);
    const document = editor?.document ?? await vscode.workspace.openTextDocument(resource);
    const column = editor?.viewColumn ?? (previewColumn !== undefined && previewColumn > 1 ? previewColumn - 1 : vscode.ViewColumn.Beside);
    return vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, selection });
}

/** What the preview's tab and messages call a document: its file name (`Untitled-1` for a new buffer). */
export function documentLabel(resource: vscode.Uri): string {
    return resource.path.split('/').pop() || resource.toString();
}
