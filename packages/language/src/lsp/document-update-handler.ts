import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { URI, UriUtils, type TextDocument } from 'langium';
import type { DidChangeWatchedFilesParams, FileEvent, FileSystemWatcher, TextDocumentChangeEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/config.js';
import type { CjmServices } from '../cjm-module.js';
import { FedFileSystemProvider } from '../workspace/fed-file-system.js';
import { isSkippedFolder, mapWorkspaceFiles, mapWorkspaceOf } from '../workspace/map-workspace.js';

/**
 * Watches only maps and config files (Langium watches `**` by default), ignores those in
 * `node_modules` and dot folders, and re-validates every map when a config file is
 * created, changed or deleted. A closed document goes back to what is on disk: an untitled
 * buffer, or a file that is gone, leaves the workspace with its diagnostics, and a file
 * closed without saving counts with its saved text again. A file opened from outside the
 * editor's folders brings the maps of its own workspace along, as `cjm lint` reads them.
 */
export class CjmDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly cjm: () => CjmServices;

    constructor(shared: LangiumSharedServices, cjm: () => CjmServices) {
        super(shared);
        this.cjm = cjm;
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [{ globPattern: '**/*.cjm' }, { globPattern: `**/${CONFIG_FILE_NAME}` }];
    }

    didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme !== 'file' || this.workspaceFolderOf(uri) !== undefined) {
            return;
        }
        const documents = this.cjm().shared.workspace.LangiumDocuments;
        const files = this.cjm().shared.workspace.FileSystemProvider;
        const around = mapWorkspaceFiles(files, mapWorkspaceOf(files, uri)).filter(file => !documents.hasDocument(file));
        if (around.length > 0) {
            this.fireDocumentUpdate(around, []);
        }
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme !== 'untitled' && this.cjm().shared.workspace.FileSystemProvider.existsSync(uri);
        this.fireDocumentUpdate(onDisk ? [uri] : [], onDisk ? [] : [uri]);
    }

    /**
     * The editor's watchers also report files under folders the client feeds (a browser's
     * worker reads no disk): those come with their new text in a notification instead
     * (start-server.ts), and building them from here would only build the old text again.
     */
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const files = this.cjm().shared.workspace.FileSystemProvider;
        const fed = files instanceof FedFileSystemProvider ? files : undefined;
        this.applyFileChanges(params.changes.filter(change => fed?.feeds(URI.parse(change.uri)) !== true));
    }

    /** Builds the maps that changed, and every map again when a config file changed. */
    applyFileChanges(all: readonly FileEvent[]): void {
        const changes = all.filter(change => !this.inSkippedFolder(URI.parse(change.uri)));
        const configChanged = changes.some(change => UriUtils.basename(URI.parse(change.uri)) === CONFIG_FILE_NAME);
        const maps = changes.filter(change => UriUtils.basename(URI.parse(change.uri)) !== CONFIG_FILE_NAME);
        if (maps.length > 0) {
            super.didChangeWatchedFiles({ changes: maps });
        }
        if (configChanged) {
            this.revalidateAll();
        }
    }

    /** Every map again with the config files as they are now; their own problems published. */
    private revalidateAll(): void {
        const services = this.cjm();
        void this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            services.config.ConfigProvider.reset();
            const documents = services.shared.workspace.LangiumDocuments.all.toArray();
            await this.documentBuilder.build(documents, { validation: true }, token);
            services.lsp.ConfigDiagnostics.publish(true);
        }));
    }

    /** Whether a file lies in a `node_modules` or dot folder below its workspace folder. */
    private inSkippedFolder(uri: URI): boolean {
        const root = this.workspaceFolderOf(uri);
        const relative = root ? UriUtils.relative(root, uri) : uri.path;
        return relative.split('/').slice(0, -1).some(isSkippedFolder);
    }

    private workspaceFolderOf(uri: URI): URI | undefined {
        return this.workspaceManager.workspaceFolders
            ?.map(folder => URI.parse(folder.uri))
            .find(folder => UriUtils.contains(folder, uri));
    }
}
