import * as vscode from 'vscode';
import type { ActiveJourneys } from '../active-journeys.js';
import type { CjmClient } from '../client.js';
import { JourneyMemory } from './journey-memory.js';
import type { PreviewState } from './messages.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PanelContext } from './preview-panel.js';

export interface OpenOptions {
    toSide: boolean;
    /** The journey to draw (a code lens names it); else the one chosen before, or the first. */
    journey?: string;
    preserveFocus?: boolean;
}

/**
 * The open previews, like Markdown's: a preview follows the active `cjm` editor unless it
 * is locked to its document; one preview per editor column is reused. Every edit redraws
 * the previews of its document, every cursor move highlights in them, and a change of
 * colour theme redraws them all. `ActiveJourneys` learns which journey the previews show,
 * for the status bar and the other commands.
 */
export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
    private readonly panels = new Set<PreviewPanel>();
    private active: PreviewPanel | undefined;
    /** The journey each preview drew last. */
    private readonly drawn = new Map<PreviewPanel, string | undefined>();
    private readonly context: PanelContext;
    private readonly disposables: vscode.Disposable[];

    constructor(extension: vscode.ExtensionContext, client: CjmClient, private readonly shown: ActiveJourneys) {
        this.context = {
            extensionUri: extension.extensionUri,
            client,
            journeys: new JourneyMemory(extension.workspaceState),
            personas: new JourneyMemory(extension.workspaceState, 'cjm.preview.personas'),
            lockChanged: panel => {
                if (!panel.locked) {
                    this.follow(vscode.window.activeTextEditor);
                }
            },
            drew: (panel, journey) => {
                this.drawn.set(panel, journey);
                shown.show(panel.document, journey);
            },
            left: (panel, resource) => {
                this.drawn.delete(panel);
                if (!this.panelsOf(resource).some(other => other !== panel)) {
                    shown.hide(resource);
                }
            }
        };
        this.disposables = [
            vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            vscode.workspace.onDidChangeTextDocument(event => {
                // Any map: a journey shows the titles of personas and channels declared in other files.
                if (event.contentChanges.length > 0 && event.document.languageId === 'cjm') {
                    this.panels.forEach(panel => panel.redraw());
                }
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                const { document } = event.textEditor;
                this.panelsOf(document.uri).forEach(panel => panel.highlightAt(event.selections[0].active, document.version));
            }),
            vscode.window.onDidChangeActiveColorTheme(() => this.panels.forEach(panel => panel.redraw(0))),
            vscode.workspace.onDidOpenTextDocument(document => {
                // A preview restored by a window reload can come before its document (an untitled buffer above all) is open.
                this.panelsOf(document.uri).forEach(panel => panel.redraw(0));
            }),
            vscode.workspace.onDidCloseTextDocument(document => {
                // A closed untitled buffer is gone for good; a file can still be drawn from disk.
                if (document.isUntitled) {
                    this.panelsOf(document.uri).forEach(panel => panel.dispose());
                }
            })
        ];
    }

    /** Opens (or reuses and reveals) the preview of `resource` in the editor's column or the one beside it. */
    open(resource: vscode.Uri, options: OpenOptions): PreviewPanel {
        const editorColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
        const column: vscode.ViewColumn = options.toSide ? editorColumn + 1 : editorColumn;
        const reused = [...this.panels].find(panel => panel.panel.viewColumn === column && (!panel.locked || panel.shows(resource)));
        if (reused !== undefined) {
            reused.showDocument(resource, options.journey);
            reused.panel.reveal(column, options.preserveFocus ?? false);
            return reused;
        }
        const webviewPanel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: options.preserveFocus ?? false });
        const state: PreviewState = { uri: resource.toString(), locked: false };
        if (options.journey !== undefined) {
            state.journey = options.journey;
            this.context.journeys.set(resource, options.journey);
        }
        return this.add(new PreviewPanel(webviewPanel, state, this.context));
    }

    /** The serializer's half: a preview of the last session, back after a window reload. */
    async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        const uri = state?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
        if (uri === undefined) {
            // Nothing says what it showed (a state from an older version): close it rather than show an empty page.
            webviewPanel.dispose();
            return;
        }
        this.add(new PreviewPanel(webviewPanel, { ...state, uri, locked: state?.locked ?? false }, this.context));
    }

    /** The focused preview, or the last one focused while it is still visible. */
    activePanel(): PreviewPanel | undefined {
        return this.active?.panel.visible ? this.active : undefined;
    }

    /** A preview of `resource`, the focused one first, then a visible one. */
    panelFor(resource: vscode.Uri): PreviewPanel | undefined {
        const candidates = this.panelsOf(resource);
        return candidates.find(panel => panel === this.active) ?? candidates.find(panel => panel.panel.visible) ?? candidates.at(0);
    }

    dispose(): void {
        this.disposables.forEach(disposable => disposable.dispose());
        [...this.panels].forEach(panel => panel.dispose());
    }

    private add(panel: PreviewPanel): PreviewPanel {
        this.panels.add(panel);
        this.active = panel;
        panel.panel.onDidChangeViewState(event => {
            if (event.webviewPanel.active) {
                this.active = panel;
                if (this.drawn.has(panel)) {
                    this.shown.show(panel.document, this.drawn.get(panel));
                }
            }
        });
        panel.onDidDispose(() => {
            this.panels.delete(panel);
            if (this.active === panel) {
                this.active = undefined;
            }
        });
        return panel;
    }

    /** Unlocked previews show the active editor's journey. */
    private follow(editor: vscode.TextEditor | undefined): void {
        if (editor?.document.languageId === 'cjm') {
            this.panels.forEach(panel => {
                if (!panel.locked) {
                    panel.showDocument(editor.document.uri);
                }
            });
        }
    }

    private panelsOf(resource: vscode.Uri): PreviewPanel[] {
        return [...this.panels].filter(panel => panel.shows(resource));
    }
}
