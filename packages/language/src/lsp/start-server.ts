import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { FileChangeType, type Connection } from 'vscode-languageserver';
import { createCjmServices } from '../cjm-module.js';
import type { ElkEngine } from '../diagram/elk-engine.js';
import type { CjmDocumentUpdateHandler } from './document-update-handler.js';
import { WorkspaceFilesChangedNotification, type WorkspaceFilesOptions } from '../protocol.js';
import type { FedFileSystemProvider } from '../workspace/fed-file-system.js';

/**
 * The cjm language server on a connection: the same services and handlers in every host
 * (Node over stdio or IPC, a browser's Web Worker); only the connection, the files and the
 * ELK build differ. The files of folders the client feeds (a worker reads no disk) come
 * with `initialize` and then with WorkspaceFilesChangedNotification.
 */
export function startCjmServer(connection: Connection, files: FedFileSystemProvider, loadElk: () => ElkEngine): void {
    const { shared, Cjm } = createCjmServices({ connection, fileSystemProvider: () => files, loadElk });
    shared.lsp.LanguageServer.onInitialize(params => {
        // The editor's display language speaks where neither the config nor the map decides.
        Cjm.locale.LocaleProvider.useEditorLanguage(params.locale);
        const fed = (params.initializationOptions as Partial<WorkspaceFilesOptions> | undefined)?.workspaceFiles;
        if (fed !== undefined) {
            files.feed(fed.folders, fed.files);
        }
    });
    connection.onNotification(WorkspaceFilesChangedNotification, ({ changes }) => {
        const uris = files.change(changes);
        // The handler cjm-module.ts makes; Langium types it as its interface.
        (shared.lsp.DocumentUpdateHandler as CjmDocumentUpdateHandler).applyFileChanges(
            uris.map((uri, i) => ({ uri: uri.toString(), type: changes[i].text === undefined ? FileChangeType.Deleted : FileChangeType.Changed }))
        );
    });
    Cjm.lsp.WorkspaceRevalidation.listen();
    Cjm.lsp.CustomRequests.register(connection);
    // Completion lists what is in scope; it needs the document's scopes, not every reference linked (those it reads link on use).
    startLanguageServer(shared, { CompletionProvider: DocumentState.ComputedScopes });
}
