/**
 * The journey preview: its commands, its panel serializer and the manager behind them.
 * `registerPreview` is all the extension's `activate` calls.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '@cjm/language/protocol';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';
import { activeCjmEditor } from '../commands/target-document.js';
import { exportPicture, type PictureFormat } from './export-picture.js';
import { PREVIEW_COMMANDS } from './preview-commands.js';
import { PreviewManager } from './preview-manager.js';
import { PREVIEW_VIEW_TYPE } from './preview-panel.js';

export function registerPreview(context: vscode.ExtensionContext, client: CjmClient, journeys: ActiveJourneys): void {
    const manager = new PreviewManager(context, client, journeys);
    const openPreview = (toSide: boolean) => (resource?: unknown, journey?: unknown) => {
        const document = resourceOf(resource) ?? activeCjmEditor()?.document.uri ?? manager.activePanel()?.document;
        if (document === undefined) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .cjm file first.'));
            return;
        }
        // To the side, the editor keeps the focus: type, and watch the picture redraw.
        manager.open(document, { toSide, preserveFocus: toSide, journey: typeof journey === 'string' ? journey : undefined });
    };
    const exportAs = (format: PictureFormat) => async (...args: unknown[]) => {
        try {
            await exportPicture(manager, client, journeys, format, args);
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('CJM: cannot export the {0}: {1}', format.toUpperCase(), error instanceof Error ? error.message : String(error)));
        }
    };
    context.subscriptions.push(
        manager,
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
        vscode.commands.registerCommand(COMMANDS.openPreview, openPreview(false)),
        vscode.commands.registerCommand(COMMANDS.openPreviewToSide, openPreview(true)),
        vscode.commands.registerCommand(PREVIEW_COMMANDS.togglePreviewLock, () => {
            const panel = manager.activePanel();
            panel?.setLocked(!panel.locked);
        }),
        vscode.commands.registerCommand(PREVIEW_COMMANDS.showSource, () => manager.activePanel()?.showSource()),
        vscode.commands.registerCommand(PREVIEW_COMMANDS.exportSvg, exportAs('svg')),
        vscode.commands.registerCommand(PREVIEW_COMMANDS.exportPng, exportAs('png'))
    );
}

/** A command's document argument: a Uri (editor title, explorer) or a URI string (the server's code lens, the status bar). */
function resourceOf(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) {
        return argument;
    }
    return typeof argument === 'string' ? vscode.Uri.parse(argument, true) : undefined;
}
