import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateCjm } from './activate-cjm.js';
import { CjmClient, CLIENT_ID, CLIENT_NAME, clientOptions } from './client.js';
import { gitHeadText } from './commands/git-head.js';
import { WorkspaceFeed } from './browser/workspace-feed.js';

let client: CjmClient | undefined;

/**
 * The extension in VS Code's Node host: the language server (dist/server.mjs, the bundle
 * `cjm lsp` runs) over IPC reads the disk itself; the client feeds it only folders of a
 * virtual workspace. Compare with HEAD runs git.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath('dist/server.mjs');
    const server: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const feed = new WorkspaceFeed(folder => folder.uri.scheme !== 'file');
    client = new CjmClient(new LanguageClient(CLIENT_ID, CLIENT_NAME, server, clientOptions(feed)));
    await activateCjm(context, client, feed, gitHeadText);
}

/** Stops the server before the extension host goes, so no server process outlives the window. */
export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
