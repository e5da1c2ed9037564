import * as vscode from 'vscode';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';
import type { ChangePreviews } from '../change-preview.js';
import type { DiffDocuments } from '../diff-documents.js';
import type { HeadReader } from './head-text.js';
import { targetDocument } from './target-document.js';

/**
 * `cjm.compareWithHead`: the semantic diff (what `cjm diff --format markdown` reports)
 * from the file at git HEAD (as the host reads it) to the text in the editor, saved or
 * not, in a read-only Markdown document, and beside it the change drawn, both following
 * the text as it is edited.
 */
export async function compareWithHead(
    client: CjmClient, journeys: ActiveJourneys, diffs: DiffDocuments, changes: ChangePreviews, readHead: HeadReader, uri?: unknown
): Promise<void> {
    const document = await targetDocument(journeys, uri);
    if (!document) {
        return;
    }
    const head = await readHead(document.uri);
    if (head.kind === 'unavailable') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Cannot compare with HEAD: {0}', head.message));
        return;
    }
    const comparison = { oldText: head.text, labels: { old: `HEAD:${head.path}`, new: head.path } };
    const result = await client.diffWithText(document.uri, { ...comparison, format: 'markdown' });
    if (result.kind === 'error') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot compare with HEAD: {0}', result.message));
        return;
    }
    if (result.changes === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No change to the journey map since HEAD in {0}.', head.path));
        return;
    }
    await diffs.show(document.uri, result.text);
    await changes.show(document, comparison);
}
