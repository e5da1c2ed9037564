import * as vscode from 'vscode';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';

/** What a command exports: one journey of the document, or (undefined) its first, as the server picks. */
export type JourneyChoice = { journey: string | undefined };

/**
 * The journey of a document a command means: the one it was given, else the one the
 * preview shows, else the only one, else the user's pick (the journey under the cursor
 * offered first). Undefined when the user dismissed the pick.
 */
export async function pickJourney(client: CjmClient, journeys: ActiveJourneys, document: vscode.TextDocument, given?: unknown): Promise<JourneyChoice | undefined> {
    if (typeof given === 'string') {
        return { journey: given };
    }
    const shown = journeys.journeyOf(document.uri);
    if (shown !== undefined) {
        return { journey: shown };
    }
    const coverage = await client.coverage(document.uri);
    // A text that does not parse, or has no journey: the server's answer says why there is no export.
    if (coverage.kind !== 'coverage' || coverage.journeys.length <= 1) {
        return { journey: coverage.kind === 'coverage' ? coverage.journeys[0]?.id : undefined };
    }
    const cursor = vscode.window.visibleTextEditors.find(editor => editor.document === document)?.selection.active;
    const items = coverage.journeys.map(entry => ({
        label: entry.id,
        description: entry.title,
        under: cursor !== undefined && client.asRange(entry.range).contains(cursor)
    }));
    items.sort((a, b) => Number(b.under) - Number(a.under));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which journey?'), placeHolder: vscode.l10n.t('The file holds several journeys') });
    return picked && { journey: picked.label };
}
