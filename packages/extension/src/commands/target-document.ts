import * as vscode from 'vscode';
import type { ActiveJourneys } from '../active-journeys.js';

/**
 * The document a command works on: the one it was given (a URI, as the code lens and the
 * status bar pass it), else the active cjm editor's, else the one the focused preview
 * shows. Opened, so the server has the text the editor holds; undefined (and the user
 * told) when there is none.
 */
export async function targetDocument(journeys: ActiveJourneys, given?: unknown): Promise<vscode.TextDocument | undefined> {
    const uri = given instanceof vscode.Uri ? given
        : typeof given === 'string' ? vscode.Uri.parse(given, true)
        : activeCjmEditor()?.document.uri ?? journeys.lastShown;
    if (uri === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .cjm file first.'));
        return undefined;
    }
    return vscode.workspace.openTextDocument(uri);
}

export function activeCjmEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'cjm' ? editor : undefined;
}
