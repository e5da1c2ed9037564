/**
 * A language client for tests: starts the built server bundle (dist/server.mjs) as its
 * own process and speaks LSP to it over stdio, as an editor does. Everything the server
 * writes to stdout must parse as protocol messages; anything else fails the test. The
 * same client speaks to the browser's bundle in a worker (worker-server.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification, ExitNotification, FileChangeType, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type InitializeResult, type MessageReader, type MessageWriter, type ProtocolConnection, type PublishDiagnosticsParams,
    type Registration
} from 'vscode-languageserver-protocol/node.js';
import { TODAY } from '../fixtures.js';

export const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/server.mjs');

export interface ServerOptions {
    /** The workspace folder the editor opened; the server reads its maps from disk. */
    root?: string;
    env?: Record<string, string>;
    /** The command that starts the server; the bundle by default. */
    command?: readonly string[];
    /** The editor's display language, as `initialize` tells it (`ru`, `en-US`). */
    locale?: string;
}

/** A running server as the session reaches it: its messages, what it writes beside them, and its end. */
export interface ServerHandle {
    readonly reader: MessageReader;
    readonly writer: MessageWriter;
    /** What the server wrote outside the protocol (a process's stderr). */
    output(): string;
    /** Resolves with the exit code once the server is gone. */
    readonly exited: Promise<number | null>;
    kill(): void;
}

/** The server as a child process over stdio. */
function processHandle(child: ChildProcessWithoutNullStreams): ServerHandle {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
    });
    return {
        reader: new StreamMessageReader(child.stdout),
        writer: new StreamMessageWriter(child.stdin),
        output: () => stderr,
        exited: new Promise(resolve => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', code => resolve(code)))),
        kill: () => child.kill()
    };
}

export function uriOf(file: string): string {
    return pathToFileURL(file).toString();
}

/** One running server and the client's view of it. */
export class LspSession {
    readonly connection: ProtocolConnection;
    readonly initializeResult: InitializeResult;
    /** What the server registered dynamically (the file watchers). */
    readonly registrations: Registration[];
    private readonly server: ServerHandle;
    private readonly latest = new Map<string, PublishDiagnosticsParams>();
    private readonly waiters: Array<{ uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];
    private readonly versions = new Map<string, number>();
    private protocolErrors: string[] = [];

    private constructor(server: ServerHandle, connection: ProtocolConnection, initializeResult: InitializeResult, registrations: Registration[]) {
        this.server = server;
        this.connection = connection;
        this.initializeResult = initializeResult;
        this.registrations = registrations;
    }

    static async start(options: ServerOptions = {}): Promise<LspSession> {
        const [command, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
        const child = spawn(command, args, {
            cwd: options.root ?? process.cwd(),
            env: { ...process.env, CJM_TODAY: TODAY, ...options.env }
        });
        return LspSession.connect(processHandle(child), options.root && uriOf(options.root), undefined, options.locale);
    }

    /**
     * Initializes a running server on the workspace folder `folder` (a URI), with the
     * `initializationOptions` the client sends (the files a browser's worker is fed) and
     * the editor's display language.
     */
    static async connect(server: ServerHandle, folder?: string, initializationOptions?: unknown, locale?: string): Promise<LspSession> {
        const connection = createProtocolConnection(server.reader, server.writer);
        const registrations: Registration[] = [];
        const pending: PublishDiagnosticsParams[] = [];
        let session: LspSession | undefined;
        const protocolErrors: string[] = [];
        connection.onError(([error]) => protocolErrors.push(error.message));
        connection.onRequest(RegistrationRequest.type, params => {
            registrations.push(...params.registrations);
        });
        connection.onRequest('workspace/configuration', () => []);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onNotification(PublishDiagnosticsNotification.type, params => (session ? session.receive(params) : pending.push(params)));
        connection.listen();
        const initializeResult = await connection.sendRequest(InitializeRequest.type, {
            initializationOptions,
            ...(locale === undefined ? {} : { locale }),
            processId: process.pid,
            rootUri: folder ?? null,
            workspaceFolders: folder ? [{ uri: folder, name: path.posix.basename(folder) }] : null,
            capabilities: {
                workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true },
                textDocument: {
                    publishDiagnostics: { codeDescriptionSupport: true },
                    completion: { completionItem: { snippetSupport: true } },
                    rename: { prepareSupport: true },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } }
                }
            }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        session = new LspSession(server, connection, initializeResult, registrations);
        session.protocolErrors = protocolErrors;
        pending.forEach(params => session!.receive(params));
        return session;
    }

    /** Text the server wrote to stderr (stdout carries only protocol messages). */
    get stderr(): string {
        return this.server.output();
    }

    /** Problems reading the server's stdout as protocol messages: must stay empty. */
    get errors(): readonly string[] {
        return this.protocolErrors;
    }

    /** The diagnostics last published for a URI, if any. */
    published(uri: string): Diagnostic[] | undefined {
        return this.latest.get(uri)?.diagnostics;
    }

    /**
     * The next diagnostics published for a URI that `accept` takes (any by default), or the
     * last ones already published when they are accepted and `fresh` is false.
     */
    async diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, fresh = false, timeoutMs = 10_000): Promise<Diagnostic[]> {
        const last = this.latest.get(uri);
        if (!fresh && last && accept(last.diagnostics)) {
            return last.diagnostics;
        }
        const waiter = { uri, accept: (params: PublishDiagnosticsParams) => accept(params.diagnostics), resolve: (_: PublishDiagnosticsParams) => {} };
        const params = new Promise<PublishDiagnosticsParams>(resolve => {
            waiter.resolve = resolve;
            this.waiters.push(waiter);
        });
        try {
            return (await withTimeout(params, timeoutMs)).diagnostics;
        } catch {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            throw new Error(`No diagnostics as expected for ${uri}; last published: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`))}`);
        }
    }

    async open(uri: string, text: string, languageId = 'cjm'): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    }

    /** Replaces the whole text of an open document. */
    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** Tells the server files changed on disk, as the editor's file watcher does. */
    async filesChanged(changes: Array<{ file: string; type: 'created' | 'changed' | 'deleted' }>): Promise<void> {
        const types = { created: FileChangeType.Created, changed: FileChangeType.Changed, deleted: FileChangeType.Deleted };
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: changes.map(change => ({ uri: uriOf(change.file), type: types[change.type] }))
        });
    }

    /** Shuts the server down politely; kills it if it does not go. */
    async stop(): Promise<number | null> {
        try {
            await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 5_000);
            await this.connection.sendNotification(ExitNotification.type);
        } catch {
            this.server.kill();
        }
        const timer = setTimeout(() => this.server.kill(), 5_000);
        const code = await this.server.exited;
        clearTimeout(timer);
        this.connection.dispose();
        return code;
    }

    private receive(params: PublishDiagnosticsParams): void {
        this.latest.set(params.uri, params);
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params)) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(params);
            }
        }
    }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);
}

/** Copies a folder (an example workspace) to a fresh place the test may change. */
export function copyTree(from: string, to: string): string {
    fs.cpSync(from, to, { recursive: true });
    return to;
}
