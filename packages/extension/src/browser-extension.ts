import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateCjm } from './activate-cjm.js';
import { CjmClient, CLIENT_ID, CLIENT_NAME, clientOptions } from './client.js';
import { gitExtensionHeadText } from './commands/git-extension-head.js';
import { WorkspaceFeed } from './workspace-feed.js';

let client: CjmClient | undefined;

/**
 * The extension in a browser (github.dev, vscode.dev): the same commands and preview, the
 * language server built from the same sources in a Web Worker (dist/server-browser.js),
 * fed every folder's maps and config files, since a worker reads no files. Compare with
 * HEAD asks the built-in git extension, where the host has one.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/server-browser.js').toString(true));
    const feed = new WorkspaceFeed(() => true);
    client = new CjmClient(new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(feed), worker));
    await activateCjm(context, client, feed, gitExtensionHeadText);
}

/** Stops the server (and so its worker) with the extension. */
export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
