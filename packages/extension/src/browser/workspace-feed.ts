import * as vscode from 'vscode';
import { WorkspaceFilesChangedNotification, type WorkspaceFileChange, type WorkspaceFilesOptions } from '@cjm/language/protocol';
import type { CjmClient } from '../client.js';

/** The files the server reads: maps and config files (as its own watchers, document-update-handler.ts). */
const PATTERN = '**/{*.cjm,cjm.config.json}';
const CONFIG_FILE = 'cjm.config.json';

/**
 * Feeds the language server the maps and cjm.config.json files of workspace folders it
 * cannot read itself (in a browser, every folder: a Web Worker has no file system; in
 * Node, folders of a virtual workspace), read through `vscode.workspace.fs`: all of them
 * before it starts, then each file created, changed or deleted. Which maps form a
 * workspace and which config applies is the server's to decide, as on disk.
 */
export class WorkspaceFeed implements vscode.Disposable {
    /** What the client sends with `initialize`; the folders' files once `read()` has run. */
    options: WorkspaceFilesOptions = { workspaceFiles: { folders: [], files: [] } };
    private folders: readonly vscode.WorkspaceFolder[] = [];
    private readonly watchers: vscode.FileSystemWatcher[] = [];

    /** `feeds` picks the folders the server cannot read. */
    constructor(private readonly feeds: (folder: vscode.WorkspaceFolder) => boolean) {}

    /** Reads the files of the fed folders, before the server starts. */
    async read(): Promise<void> {
        this.folders = (vscode.workspace.workspaceFolders ?? []).filter(this.feeds);
        const uris = (await Promise.all(this.folders.map(folder => filesBelow(folder.uri)))).flat();
        const files = (await Promise.all(uris.map(read))).filter(file => file.text !== undefined) as { uri: string; text: string }[];
        this.options = { workspaceFiles: { folders: this.folders.map(folder => folder.uri.toString()), files } };
    }

    /** Sends the server every change to a fed file from now on. */
    follow(client: CjmClient): void {
        const send = async (uri: vscode.Uri, deleted: boolean): Promise<void> => {
            const change = deleted ? { uri: uri.toString() } : await read(uri);
            await client.languageClient.sendNotification(WorkspaceFilesChangedNotification, { changes: [change] });
        };
        for (const folder of this.folders) {
            const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, PATTERN));
            watcher.onDidCreate(uri => void send(uri, false));
            watcher.onDidChange(uri => void send(uri, false));
            watcher.onDidDelete(uri => void send(uri, true));
            this.watchers.push(watcher);
        }
    }

    dispose(): void {
        this.watchers.forEach(watcher => watcher.dispose());
    }
}

/**
 * The maps and config files below a folder, its subfolders read at once, without
 * `node_modules` and dot folders (which the server's workspace leaves out too). A walk
 * rather than `findFiles`, which needs the host's search provider, ready late in a
 * browser, and leaves out what `files.exclude` hides.
 */
async function filesBelow(folder: vscode.Uri): Promise<vscode.Uri[]> {
    let entries: [string, vscode.FileType][];
    try {
        entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
        return []; // Gone, or not readable: no maps there.
    }
    const below = await Promise.all(entries.map(async ([name, type]) => {
        const uri = vscode.Uri.joinPath(folder, name);
        if (type & vscode.FileType.Directory) {
            return name === 'node_modules' || name.startsWith('.') ? [] : filesBelow(uri);
        }
        return name === CONFIG_FILE || (name.endsWith('.cjm') && !name.startsWith('.')) ? [uri] : [];
    }));
    return below.flat();
}

/** A file's text; without one (a deletion) when it cannot be read, e.g. gone again already. */
async function read(uri: vscode.Uri): Promise<WorkspaceFileChange> {
    try {
        return { uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
        return { uri: uri.toString() };
    }
}
