import * as vscode from 'vscode';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';
import { exportedNotice } from './exported-notice.js';
import { pickJourney } from './pick-journey.js';
import { targetDocument } from './target-document.js';

/** `cjm.exportMarkdown`: the journey's Markdown report (what `cjm export --format markdown` writes), saved where the user says. */
export async function exportMarkdown(client: CjmClient, journeys: ActiveJourneys, uri?: unknown, journeyId?: unknown): Promise<void> {
    const document = await targetDocument(journeys, uri);
    const choice = document && await pickJourney(client, journeys, document, journeyId);
    if (!document || !choice) {
        return;
    }
    const result = await client.exportMarkdown(document.uri, choice.journey);
    if (result.kind === 'error') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export the report: {0}', result.message));
        return;
    }
    const target = await vscode.window.showSaveDialog({
        defaultUri: reportUri(document, result.journey),
        filters: { Markdown: ['md'] },
        title: vscode.l10n.t('Export the report of {0}', result.journey)
    });
    if (!target) {
        return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    void exportedNotice(vscode.l10n.t('Wrote the report of {0} to {1}.', result.journey, vscode.workspace.asRelativePath(target)), target);
}

/** `JOURNEY.md` beside a saved map; in the first workspace folder for an untitled one. */
function reportUri(document: vscode.TextDocument, journey: string): vscode.Uri | undefined {
    const folder = document.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..');
    return folder && vscode.Uri.joinPath(folder, `${journey}.md`);
}
