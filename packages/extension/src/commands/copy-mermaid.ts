import * as vscode from 'vscode';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';
import { pickJourney } from './pick-journey.js';
import { targetDocument } from './target-document.js';

/** `cjm.copyMermaid`: the journey as a Mermaid `journey` diagram (what `cjm export --format mermaid` writes), to the clipboard. */
export async function copyMermaid(client: CjmClient, journeys: ActiveJourneys, uri?: unknown, journeyId?: unknown): Promise<void> {
    const document = await targetDocument(journeys, uri);
    const choice = document && await pickJourney(client, journeys, document, journeyId);
    if (!document || !choice) {
        return;
    }
    const result = await client.exportMermaid(document.uri, choice.journey);
    if (result.kind === 'error') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot copy as Mermaid: {0}', result.message));
        return;
    }
    await vscode.env.clipboard.writeText(result.text);
    vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Copied {0} as Mermaid', result.journey)}`, 4000);
}
