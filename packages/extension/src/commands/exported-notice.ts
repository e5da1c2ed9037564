import * as vscode from 'vscode';

const OPEN = 'Open';
const REVEAL = 'Reveal in Explorer';

/**
 * Says where an export went, with what a user does next: open the file, or show it in the
 * Explorer. Not awaited by the export: the notification may stay until dismissed.
 */
export async function exportedNotice(message: string, file: vscode.Uri): Promise<void> {
    const choice = await vscode.window.showInformationMessage(message, OPEN, REVEAL);
    if (choice === OPEN) {
        await vscode.commands.executeCommand('vscode.open', file);
    } else if (choice === REVEAL) {
        await vscode.commands.executeCommand('revealInExplorer', file);
    }
}
