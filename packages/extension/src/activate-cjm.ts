import * as vscode from 'vscode';
import { ActiveJourneys } from './active-journeys.js';
import type { CjmClient } from './client.js';
import { compareWithHead } from './commands/compare-with-head.js';
import { copyMermaid } from './commands/copy-mermaid.js';
import { exportMarkdown } from './commands/export-markdown.js';
import type { HeadReader } from './commands/head-text.js';
import { ChangePreviews } from './change-preview.js';
import { DiffDocuments } from './diff-documents.js';
import { registerPreview } from './preview/index.js';
import { CoverageStatusBar } from './status-bar.js';
import type { WorkspaceFeed } from './browser/workspace-feed.js';

/**
 * What both entries (extension.ts in Node, browser-extension.ts in a browser) do once
 * they have a client for their host: register the commands, the status bar item and the
 * preview, read the files the server cannot read itself, then start the server. Commands are registered before the server is up, so an
 * early click waits for it rather than finding no command.
 */
export async function activateCjm(context: vscode.ExtensionContext, cjm: CjmClient, feed: WorkspaceFeed, readHead: HeadReader): Promise<void> {
    const journeys = new ActiveJourneys();
    const diffs = new DiffDocuments();
    const changes = new ChangePreviews(cjm, diffs);
    context.subscriptions.push(
        cjm,
        feed,
        journeys,
        diffs,
        changes,
        vscode.commands.registerCommand('cjm.exportMarkdown', (uri?: unknown, journey?: unknown) => run(exportMarkdown(cjm, journeys, uri, journey))),
        vscode.commands.registerCommand('cjm.copyMermaid', (uri?: unknown, journey?: unknown) => run(copyMermaid(cjm, journeys, uri, journey))),
        vscode.commands.registerCommand('cjm.compareWithHead', (uri?: unknown) => run(compareWithHead(cjm, journeys, diffs, changes, readHead, uri))),
        new CoverageStatusBar(cjm, journeys)
    );
    registerPreview(context, cjm, journeys);
    await feed.read();
    feed.follow(cjm);
    await cjm.start();
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
