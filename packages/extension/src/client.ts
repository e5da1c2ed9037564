import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, Range as LspRange, RequestType } from 'vscode-languageclient';
import {
    CoverageRequest, DiagramRequest, DiffWithTextRequest, ExportMarkdownRequest, ExportMermaidRequest,
    type CoverageResult, type DiagramParams, type DiagramResult, type DiffWithTextParams, type DiffWithTextResult, type ExportResult
} from '@cjm/language/protocol';
import type { WorkspaceFeed } from './browser/workspace-feed.js';

/** The id makes the client read its trace level from the `cjm.trace.server` setting. */
export const CLIENT_ID = 'cjm';
export const CLIENT_NAME = 'CJM Language Server';

/** The options of the language client in either host; `initializationOptions` carries the files the client feeds the server, read when it starts. */
export function clientOptions(feed: WorkspaceFeed): LanguageClientOptions {
    return {
        // Every scheme: untitled buffers and files of remote or virtual workspaces are maps too.
        documentSelector: [{ language: 'cjm' }],
        // No `synchronize.fileEvents`: the server registers its own watchers for `**/*.cjm` and
        // `**/cjm.config.json` (document-update-handler.ts); watchers here would send each event twice.
        outputChannel: vscode.window.createOutputChannel(CLIENT_NAME),
        diagnosticCollectionName: 'cjm',
        initializationOptions: () => feed.options
    };
}

/**
 * The cjm language server (in Node the bundle `cjm lsp` runs, over IPC; in a browser the
 * same sources in a Web Worker), and the custom requests of `@cjm/language/protocol`,
 * typed, for the commands and the preview.
 */
export class CjmClient implements vscode.Disposable {
    /**
     * Settles when the activation starts the client. A request made before (a preview that a
     * window reload restores) waits for it: sent at once, it would start the client itself,
     * before the files the server is fed have been read.
     */
    private readonly started: Promise<void>;
    private settleStart: (start: Promise<void>) => void = () => undefined;

    constructor(readonly languageClient: BaseLanguageClient) {
        this.started = new Promise<void>((resolve, reject) => {
            this.settleStart = start => void start.then(resolve, reject);
        });
        // A failed start is the language client's to report; unawaited here, it is no second error.
        this.started.catch(() => undefined);
    }

    start(): Promise<void> {
        const start = this.languageClient.start();
        this.settleStart(start);
        return start;
    }

    stop(): Promise<void> {
        return this.languageClient.stop();
    }

    dispose(): void {
        void this.languageClient.dispose();
    }

    /** The picture of a journey of the document as the editor holds it (unsaved and untitled too). */
    diagram(uri: vscode.Uri, options: Omit<DiagramParams, 'uri'> = {}, token?: vscode.CancellationToken): Promise<DiagramResult> {
        return this.request(DiagramRequest, { uri: this.asUri(uri), ...options }, token);
    }

    /** The Markdown report `cjm export --format markdown` writes; the document's first journey without `journey`. */
    exportMarkdown(uri: vscode.Uri, journey?: string, token?: vscode.CancellationToken): Promise<ExportResult> {
        return this.request(ExportMarkdownRequest, { uri: this.asUri(uri), ...(journey === undefined ? {} : { journey }) }, token);
    }

    /** The Mermaid journey diagram `cjm export --format mermaid` writes. */
    exportMermaid(uri: vscode.Uri, journey?: string, token?: vscode.CancellationToken): Promise<ExportResult> {
        return this.request(ExportMermaidRequest, { uri: this.asUri(uri), ...(journey === undefined ? {} : { journey }) }, token);
    }

    /** The semantic diff from `oldText` to the document's current text, as `cjm diff` reports it. */
    diffWithText(uri: vscode.Uri, params: Omit<DiffWithTextParams, 'uri'>, token?: vscode.CancellationToken): Promise<DiffWithTextResult> {
        return this.request(DiffWithTextRequest, { uri: this.asUri(uri), ...params }, token);
    }

    /** Every journey of the document with its range and its stages' coverage. */
    coverage(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<CoverageResult> {
        return this.request(CoverageRequest, { uri: this.asUri(uri) }, token);
    }

    /** A range the server sent (an element's source, a journey's declaration) as the editor's. */
    asRange(range: LspRange): vscode.Range {
        return this.languageClient.protocol2CodeConverter.asRange(range);
    }

    private async request<P, R>(type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R> {
        await this.started;
        return this.languageClient.sendRequest(type, params, token);
    }

    /** The URI as the client sends it in didOpen, so the server finds the document it names. */
    private asUri(uri: vscode.Uri): string {
        return this.languageClient.code2ProtocolConverter.asUri(uri);
    }
}
