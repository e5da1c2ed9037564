import * as vscode from 'vscode';
import { ActiveJourneys } from './active-journeys.js';
import { CjmClient } from './client.js';
import { compareWithHead } from './commands/compare-with-head.js';
import { copyMermaid } from './commands/copy-mermaid.js';
import { exportMarkdown } from './commands/export-markdown.js';
import { DiffDocuments } from './diff-documents.js';
import { registerPreview } from './preview/index.js';
import { CoverageStatusBar } from './status-bar.js';

let client: CjmClient | undefined;

/**
 * Starts the language server and registers the commands, the status bar item and the
 * preview. Commands are registered before the server is up, so an early click waits for
 * it rather than finding no command.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const cjm = new CjmClient(context);
    client = cjm;
    const journeys = new ActiveJourneys();
    const diffs = new DiffDocuments();
    context.subscriptions.push(
        cjm,
        journeys,
        diffs,
        vscode.commands.registerCommand('cjm.exportMarkdown', (uri?: unknown, journey?: unknown) => run(exportMarkdown(cjm, journeys, uri, journey))),
        vscode.commands.registerCommand('cjm.copyMermaid', (uri?: unknown, journey?: unknown) => run(copyMermaid(cjm, journeys, uri, journey))),
        vscode.commands.registerCommand('cjm.compareWithHead', (uri?: unknown) => run(compareWithHead(cjm, journeys, diffs, uri))),
        new CoverageStatusBar(cjm, journeys)
    );
    registerPreview(context, cjm, journeys);
    await cjm.start();
}

/** Stops the server before the extension host goes, so no server process outlives the window. */
export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}

/** A command's work; a failure (the server gone, a file not writable) becomes a message, not a silent rejection. */
async function run(work: Promise<void>): Promise<void> {
    try {
        await work;
    } catch (error) {
        if (!(error instanceof vscode.CancellationError)) {
            void vscode.window.showErrorMessage(`CJM: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
