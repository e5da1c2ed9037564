import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { WorkspaceFile, WorkspaceFileChange } from '../protocol.js';
import { withoutBom } from './bom.js';

/**
 * The files the server reads: under the folders the editor feeds (protocol.ts,
 * WorkspaceFilesOptions), the texts it sent, kept in memory and updated as it reports
 * changes; elsewhere the `disk` (Node's file system), if the host has one. In a browser's
 * worker every folder is fed; in Node only folders of a virtual workspace are. Folders
 * are implied by the files below them, so a listing holds only maps, config files and
 * the folders on their way.
 */
export class FedFileSystemProvider implements FileSystemProvider {
    private readonly folders: URI[] = [];
    private readonly files = new Map<string, { uri: URI; text: string }>();

    constructor(private readonly disk?: FileSystemProvider) {}

    /** Takes the folders and files a client sent in its initializationOptions. */
    feed(folders: readonly string[], files: readonly WorkspaceFile[]): void {
        this.folders.push(...folders.map(folder => URI.parse(folder)));
        this.change(files);
    }

    /** Applies created, changed and deleted files; answers their URIs as the server names them. */
    change(changes: readonly WorkspaceFileChange[]): URI[] {
        return changes.map(change => {
            const uri = URI.parse(change.uri);
            if (change.text === undefined) {
                this.files.delete(uri.toString());
            } else {
                this.files.set(uri.toString(), { uri, text: withoutBom(change.text) });
            }
            return uri;
        });
    }

    /** Whether the editor feeds this file's folder, so that its changes come from the client. */
    feeds(uri: URI): boolean {
        return this.folders.some(folder => within(folder, uri));
    }

    statSync(uri: URI): FileSystemNode {
        if (!this.feeds(uri)) {
            return this.onDisk(uri).statSync(uri);
        }
        const isFile = this.files.has(uri.toString());
        if (!isFile && !this.isFolder(uri)) {
            throw new Error(`${uri.toString()}: no such file`);
        }
        return { isFile, isDirectory: !isFile, uri };
    }

    existsSync(uri: URI): boolean {
        if (!this.feeds(uri)) {
            return this.disk !== undefined && uri.scheme === 'file' && this.disk.existsSync(uri);
        }
        return this.files.has(uri.toString()) || this.isFolder(uri);
    }

    readFileSync(uri: URI): string {
        if (!this.feeds(uri)) {
            return this.onDisk(uri).readFileSync(uri);
        }
        const file = this.files.get(uri.toString());
        if (file === undefined) {
            throw new Error(`${uri.toString()}: no such file`);
        }
        return file.text;
    }

    readBinarySync(uri: URI): Uint8Array {
        return this.feeds(uri) ? new TextEncoder().encode(this.readFileSync(uri)) : this.onDisk(uri).readBinarySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        if (!this.feeds(uri)) {
            return this.onDisk(uri).readDirectorySync(uri);
        }
        const entries = new Map<string, FileSystemNode>();
        for (const file of this.files.values()) {
            if (!within(uri, file.uri) || UriUtils.equals(uri, file.uri)) {
                continue;
            }
            const [name, ...below] = UriUtils.relative(uri, file.uri).split('/');
            if (!entries.has(name)) {
                entries.set(name, { isFile: below.length === 0, isDirectory: below.length > 0, uri: UriUtils.joinPath(uri, name) });
            }
        }
        return [...entries.values()];
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.feeds(uri) ? this.statSync(uri) : this.onDisk(uri).stat(uri);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    async readFile(uri: URI): Promise<string> {
        return this.feeds(uri) ? this.readFileSync(uri) : this.onDisk(uri).readFile(uri);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.feeds(uri) ? this.readBinarySync(uri) : this.onDisk(uri).readBinary(uri);
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.feeds(uri) ? this.readDirectorySync(uri) : this.onDisk(uri).readDirectory(uri);
    }

    /** A folder the client feeds, or one on the way to a file it sent. */
    private isFolder(uri: URI): boolean {
        return this.folders.some(folder => UriUtils.equals(folder, uri))
            || [...this.files.values()].some(file => within(uri, file.uri) && !UriUtils.equals(uri, file.uri));
    }

    /** The disk, for a file URI outside the fed folders; nothing else can be read. */
    private onDisk(uri: URI): FileSystemProvider {
        if (this.disk === undefined || uri.scheme !== 'file') {
            throw new Error(`${uri.toString()}: not a file this server can read`);
        }
        return this.disk;
    }
}

/** Whether `uri` is `folder` or below it (UriUtils.contains compares paths only, not schemes and hosts). */
function within(folder: URI, uri: URI): boolean {
    return folder.scheme === uri.scheme && folder.authority === uri.authority && UriUtils.contains(folder, uri);
}
