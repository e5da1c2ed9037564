import * as vscode from 'vscode';
import type { DiagramResult } from '@cjm/language/protocol';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';
import { exportedNotice } from '../commands/exported-notice.js';
import { pickJourney } from '../commands/pick-journey.js';
import { targetDocument } from '../commands/target-document.js';
import { exportFileName } from './export-file-name.js';
import type { PreviewManager } from './preview-manager.js';
import { exportDiagramTheme } from './settings.js';
import { documentLabel } from './source-editor.js';

export type PictureFormat = 'svg' | 'png';

/** PNG pixels per diagram unit: sharp on high-density screens and in slides. */
const PNG_SCALE = 2;

/**
 * `cjm.exportSvg` / `cjm.exportPng` with the arguments (document, journey, target), all
 * optional: the document and journey as the other commands pick them (the preview's
 * journey, else asked when the file holds several), drawn in the export theme
 * (`cjm.export.theme`, independent of the editor's), written where the save dialog says
 * or to `target`. The PNG is rasterised by the document's preview; when it has none, one
 * is opened beside the editor without taking the focus, and stays open.
 */
export async function exportPicture(manager: PreviewManager, client: CjmClient, journeys: ActiveJourneys, format: PictureFormat, args: readonly unknown[]): Promise<void> {
    const [uri, journeyId, target] = args;
    const document = await targetDocument(journeys, uri);
    const choice = document && await pickJourney(client, journeys, document, journeyId);
    if (!document || !choice) {
        return;
    }
    // The picture as the document's preview shows it: one persona's view when its picker has one.
    const persona = manager.panelFor(document.uri)?.chosenPersona;
    const result = await client.diagram(document.uri, { journey: choice.journey, persona, theme: exportDiagramTheme(document.uri) });
    if (result.kind !== 'diagram') {
        void vscode.window.showErrorMessage(cannotExport(result, documentLabel(document.uri)));
        return;
    }
    const name = exportFileName(documentLabel(document.uri), result.journey, result.journeys.length, format);
    const folder = defaultFolder(document.uri);
    const destination = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
        defaultUri: folder && vscode.Uri.joinPath(folder, name),
        filters: format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] },
        title: vscode.l10n.t('Export {0} as {1}', result.journey, format.toUpperCase())
    });
    if (!destination) {
        return;
    }
    const bytes = format === 'svg'
        ? new TextEncoder().encode(result.svg)
        : await (manager.panelFor(document.uri) ?? manager.open(document.uri, { toSide: true, preserveFocus: true })).rasterize(result.svg, PNG_SCALE);
    await vscode.workspace.fs.writeFile(destination, bytes);
    void exportedNotice(vscode.l10n.t('Exported {0} to {1}.', result.journey, vscode.workspace.asRelativePath(destination)), destination);
}

function cannotExport(result: Exclude<DiagramResult, { kind: 'diagram' }>, label: string): string {
    if (result.kind === 'no-journey') {
        return vscode.l10n.t('Cannot export: {0} holds no journey.', label);
    }
    const first = result.errors.at(0);
    return first === undefined
        ? vscode.l10n.t('Cannot export: {0} does not parse.', label)
        : vscode.l10n.t('Cannot export: {0} does not parse (line {1}: {2}).', label, first.range.start.line + 1, first.message);
}

/** Beside the file; for an untitled buffer, the first workspace folder. */
function defaultFolder(resource: vscode.Uri): vscode.Uri | undefined {
    return resource.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(resource, '..');
}
