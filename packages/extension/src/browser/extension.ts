import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateCjm } from '../activate-cjm.js';
import { CjmClient, CLIENT_ID, CLIENT_NAME, clientOptions } from '../client.js';
import { gitExtensionHeadText } from './git-extension-head.js';
import { WorkspaceFeed } from './workspace-feed.js';

let client: CjmClient | undefined;

/**
 * The extension in a browser (github.dev, vscode.dev): the same commands and preview, the
 * language server built from the same sources in a Web Worker (dist/server-browser.js),
 * fed every folder's maps and config files, since a worker reads no files. Compare with
 * HEAD asks the built-in git extension, where the host has one.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const worker = new Worker(await workerUrl(vscode.Uri.joinPath(context.extensionUri, 'dist/server-browser.js')));
    const feed = new WorkspaceFeed(() => true);
    client = new CjmClient(new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(feed), worker));
    await activateCjm(context, client, feed, gitExtensionHeadText);
}

/**
 * Where the worker's script loads from. github.dev and vscode.dev serve extensions over
 * https, and the web worker extension host loads a worker from there. An extension served
 * by a remote (code-server, or any remote in a browser) has `vscode-remote:` URIs, which
 * that host refuses for workers: its bundle is read through the file system and started
 * from a blob.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
    if (script.scheme !== 'vscode-remote') {
        return script.toString(true);
    }
    return URL.createObjectURL(new Blob([new TextDecoder().decode(await vscode.workspace.fs.readFile(script))], { type: 'text/javascript' }));
}

/** Stops the server (and so its worker) with the extension. */
export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
