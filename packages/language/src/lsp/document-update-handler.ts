import * as fs from 'node:fs';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { URI, UriUtils, type TextDocument } from 'langium';
import type { DidChangeWatchedFilesParams, FileSystemWatcher, TextDocumentChangeEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/config.js';
import type { CjmServices } from '../cjm-module.js';
import { isSkippedFolder, workspaceFiles, workspaceOf } from '../workspace/map-workspace.js';

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
        const around = workspaceFiles(workspaceOf(uri.fsPath)).map(file => URI.file(file)).filter(file => !documents.hasDocument(file));
        if (around.length > 0) {
            this.fireDocumentUpdate(around, []);
        }
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme === 'file' && fs.existsSync(uri.fsPath);
        this.fireDocumentUpdate(onDisk ? [uri] : [], onDisk ? [] : [uri]);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const changes = params.changes.filter(change => !this.inSkippedFolder(URI.parse(change.uri)));
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
