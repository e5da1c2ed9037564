import * as vscode from 'vscode';
import type { DiagramResult, ElementSource } from '@cjm/language/protocol';
import type { CjmClient } from '../client.js';
import { decodeBase64, randomBase64 } from './base64.js';
import { elementOf, sameElement } from './element-match.js';
import { innermostSource, type TextPosition } from './innermost-source.js';
import type { JourneyMemory } from './journey-memory.js';
import type { ElementRef, HostMessage, PreviewState, WebviewMessage } from './messages.js';
import { PendingAnswers } from './pending-answers.js';
import { PREVIEW_COMMANDS } from './preview-commands.js';
import { previewHtml } from './preview-html.js';
import { previewWords } from './preview-words.js';
import { RedrawScheduler } from './redraw-scheduler.js';
import { editorDiagramTheme, redrawDelay } from './settings.js';
import { documentLabel, editorFor, revealSource, showSource } from './source-editor.js';

export const PREVIEW_VIEW_TYPE = 'cjm.preview';

/** A rasterisation that has not answered within this time has failed (the webview is gone or stuck). */
const RASTERIZE_TIMEOUT = 30_000;

export interface PanelContext {
    extensionUri: vscode.Uri;
    client: CjmClient;
    journeys: JourneyMemory;
    /** The persona picker's choice per document (kept like the journey's). */
    personas: JourneyMemory;
    /** The user locked or unlocked the preview. */
    lockChanged(panel: PreviewPanel): void;
    /** The preview drew `journey` of its document (undefined: the document holds none). */
    drew(panel: PreviewPanel, journey: string | undefined): void;
    /** The preview no longer shows `resource` (it turned to another document or closed). */
    left(panel: PreviewPanel, resource: vscode.Uri): void;
}

/**
 * One preview: a webview panel showing one document's journey, redrawn from the server's
 * `cjm/diagram`. The host keeps what the webview shows (picture, banner, highlight) and
 * sends it again whenever the webview reloads (it is not kept alive while hidden).
 */
export class PreviewPanel implements vscode.Disposable {
    private resource: vscode.Uri;
    private lockedToResource: boolean;
    private journey: string | undefined;
    private persona: string | undefined;
    private sources: readonly ElementSource[] = [];
    /** The version of the text the sources were read from: a cursor in a newer text waits for the redraw. */
    private sourcesVersion: number | undefined;
    private picture: HostMessage | undefined;
    private banner: HostMessage | undefined;
    private highlight: ElementRef | null = null;
    private ready = false;
    private readonly readyWaiters: Array<() => void> = [];
    private readonly rasterizing = new PendingAnswers<Uint8Array>(RASTERIZE_TIMEOUT);
    private readonly scheduler = new RedrawScheduler(token => this.draw(token));
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposed = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposed.event;

    constructor(readonly panel: vscode.WebviewPanel, state: PreviewState, private readonly context: PanelContext) {
        this.resource = vscode.Uri.parse(state.uri);
        this.lockedToResource = state.locked;
        this.journey = state.journey ?? context.journeys.get(this.resource);
        this.persona = state.persona ?? context.personas.get(this.resource);
        const roots = ['dist', 'media'].map(folder => vscode.Uri.joinPath(context.extensionUri, folder));
        panel.webview.options = { enableScripts: true, localResourceRoots: roots };
        panel.webview.html = previewHtml({
            cspSource: panel.webview.cspSource,
            nonce: randomBase64(18),
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(roots[0], 'webview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(roots[1], 'preview.css')).toString(),
            state: { ...state, journey: this.journey, persona: this.persona },
            words: previewWords(vscode.env.language)
        });
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.received(message)),
            panel.onDidChangeViewState(() => {
                // A hidden webview is unloaded; it says `ready` again when shown.
                this.ready &&= panel.visible;
            }),
            panel.onDidDispose(() => this.dispose())
        );
        this.redraw(0);
    }

    get locked(): boolean {
        return this.lockedToResource;
    }

    get document(): vscode.Uri {
        return this.resource;
    }

    /** The journey drawn for the document: the one chosen in the picker, else the server's default (undefined). */
    get chosenJourney(): string | undefined {
        return this.journey;
    }

    /** The persona whose view the preview draws (its picker's choice), or undefined for the whole journey. */
    get chosenPersona(): string | undefined {
        return this.persona;
    }

    shows(resource: vscode.Uri): boolean {
        return this.resource.toString() === resource.toString();
    }

    /** Shows another document (a preview following the editor, or one opened on a new file). */
    showDocument(resource: vscode.Uri, journey?: string): void {
        const changed = !this.shows(resource) || (journey !== undefined && journey !== this.journey);
        if (!this.shows(resource)) {
            const previous = this.resource;
            this.resource = resource;
            this.context.left(this, previous);
            this.sources = [];
            this.sourcesVersion = undefined;
            this.highlight = null;
            this.picture = undefined;
            this.banner = undefined;
        }
        this.journey = journey ?? (changed ? this.context.journeys.get(resource) : this.journey);
        this.persona = changed ? this.context.personas.get(resource) : this.persona;
        if (changed) {
            this.updateTitle();
            this.post(this.documentMessage());
            this.redraw(0);
        }
    }

    setLocked(locked: boolean): void {
        this.lockedToResource = locked;
        this.updateTitle();
        this.post(this.documentMessage());
        this.context.lockChanged(this);
    }

    /** Redraws after `delay` ms of quiet (the setting's delay when omitted); a newer call cancels this one. */
    redraw(delay = redrawDelay(this.resource)): void {
        this.scheduler.schedule(delay);
    }

    /**
     * Highlights the element whose declaration holds `position` in version `version` of the
     * previewed document; nothing while the picture is of an older text (typing moves the
     * cursor before the redraw comes).
     */
    highlightAt(position: TextPosition, version: number): void {
        if (version !== this.sourcesVersion) {
            return;
        }
        const source = innermostSource(this.sources, position);
        const element = source === undefined ? null : elementOf(source);
        if (!sameElement(element, this.highlight)) {
            this.highlight = element;
            this.post({ type: 'highlight', element, reveal: true });
        }
    }

    showSource(): Promise<vscode.TextEditor> {
        return showSource(this.resource, this.panel.viewColumn);
    }

    /** The SVG as PNG bytes, drawn by the webview (shown first if hidden, without taking focus). */
    async rasterize(svg: string, scale: number): Promise<Uint8Array> {
        if (!this.panel.visible) {
            this.panel.reveal(undefined, true);
        }
        return this.rasterizing.ask(requestId => void this.whenReady().then(() => this.post({ type: 'rasterize', requestId, svg, scale })));
    }

    dispose(): void {
        if (this.disposables.length === 0) {
            return;
        }
        this.scheduler.dispose();
        this.rasterizing.failAll(new Error('the preview was closed'));
        this.disposables.splice(0).forEach(disposable => disposable.dispose());
        this.panel.dispose();
        this.context.left(this, this.resource);
        this.disposed.fire();
        this.disposed.dispose();
    }

    private async draw(token: vscode.CancellationToken): Promise<void> {
        // The client sends the editor's changes before the request, so the server draws this version (or a newer one, whose change cancels this draw).
        const version = vscode.workspace.textDocuments.find(document => this.shows(document.uri))?.version;
        if (version === undefined && this.resource.scheme === 'untitled') {
            // Not open yet (a window reload restores the preview first): the manager redraws when it opens.
            return;
        }
        let result: DiagramResult;
        try {
            result = await this.context.client.diagram(this.resource, { journey: this.journey, persona: this.persona, theme: editorDiagramTheme() }, token);
        } catch (error) {
            if (!token.isCancellationRequested) {
                this.show(this.picture, { type: 'failed', message: vscode.l10n.t('The preview could not be drawn: {0}', error instanceof Error ? error.message : String(error)) });
            }
            return;
        }
        if (!token.isCancellationRequested) {
            this.showResult(result, version);
        }
    }

    private showResult(result: DiagramResult, version: number | undefined): void {
        switch (result.kind) {
            case 'diagram':
                this.sources = result.sources;
                this.sourcesVersion = version;
                this.show({
                    type: 'diagram', svg: result.svg, journey: result.journey, journeys: result.journeys, persona: result.persona, personas: result.personas
                }, undefined);
                this.context.drew(this, result.journey);
                break;
            case 'syntax-error': {
                const first = result.errors.at(0);
                const banner: HostMessage = { type: 'syntax-error', message: first?.message ?? vscode.l10n.t('the text does not parse'), line: (first?.range.start.line ?? 0) + 1 };
                this.show(this.picture, banner);
                return;
            }
            case 'no-journey':
                this.sources = [];
                this.sourcesVersion = version;
                this.show({ type: 'no-journey' }, undefined);
                this.context.drew(this, undefined);
                break;
        }
        // The text changed: the element under the cursor may be another one now.
        const editor = editorFor(this.resource);
        if (editor !== undefined) {
            this.highlightAt(editor.selection.active, editor.document.version);
        }
    }

    private show(picture: HostMessage | undefined, banner: HostMessage | undefined): void {
        if (picture !== this.picture && picture !== undefined) {
            this.post(picture);
        }
        this.picture = picture;
        this.banner = banner;
        if (banner !== undefined) {
            this.post(banner);
        }
    }

    private received(message: WebviewMessage): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.readyWaiters.splice(0).forEach(resolve => resolve());
                for (const content of [this.documentMessage(), this.picture, this.banner, { type: 'highlight', element: this.highlight, reveal: false } as const]) {
                    if (content !== undefined) {
                        this.post(content);
                    }
                }
                return;
            case 'reveal': {
                const source = this.sources.find(candidate => sameElement(elementOf(candidate), message.element));
                if (source !== undefined) {
                    void revealSource(this.resource, this.context.client.asRange(source.selection), this.panel.viewColumn);
                }
                return;
            }
            case 'select-journey':
                this.journey = message.journey;
                this.context.journeys.set(this.resource, message.journey);
                this.post(this.documentMessage());
                this.redraw(0);
                return;
            case 'select-persona':
                this.persona = message.persona;
                this.context.personas.set(this.resource, message.persona);
                this.post(this.documentMessage());
                this.redraw(0);
                return;
            case 'toggle-lock':
                this.setLocked(!this.lockedToResource);
                return;
            case 'export':
                void vscode.commands.executeCommand(message.format === 'svg' ? PREVIEW_COMMANDS.exportSvg : PREVIEW_COMMANDS.exportPng, this.resource, this.journey);
                return;
            case 'show-source':
                void this.showSource();
                return;
            case 'rasterized':
                this.rasterizing.answer(message.requestId, decodeBase64(message.png));
                return;
            case 'rasterize-failed':
                this.rasterizing.fail(message.requestId, new Error(message.message));
                return;
        }
    }

    private documentMessage(): HostMessage {
        return { type: 'document', uri: this.resource.toString(), label: this.panel.title, locked: this.lockedToResource, journey: this.journey, persona: this.persona };
    }

    private updateTitle(): void {
        this.panel.title = this.lockedToResource ? vscode.l10n.t('[Preview] {0}', documentLabel(this.resource)) : vscode.l10n.t('Preview {0}', documentLabel(this.resource));
    }

    private post(message: HostMessage): void {
        if (this.ready) {
            void this.panel.webview.postMessage(message);
        }
    }

    private whenReady(): Promise<void> {
        return this.ready ? Promise.resolve() : new Promise(resolve => this.readyWaiters.push(resolve));
    }
}
