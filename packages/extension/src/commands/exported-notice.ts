import * as vscode from 'vscode';

/**
 * Says where an export went, with what a user does next: open the file, or show it in the
 * Explorer. Not awaited by the export: the notification may stay until dismissed.
 */
export async function exportedNotice(message: string, file: vscode.Uri): Promise<void> {
    const open = vscode.l10n.t('Open');
    const reveal = vscode.l10n.t('Reveal in Explorer');
    const choice = await vscode.window.showInformationMessage(message, open, reveal);
    if (choice === open) {
        await vscode.commands.executeCommand('vscode.open', file);
    } else if (choice === reveal) {
        await vscode.commands.executeCommand('revealInExplorer', file);
    }
}
