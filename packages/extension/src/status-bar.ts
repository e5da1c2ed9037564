import * as vscode from 'vscode';
import { COMMANDS, type JourneyCoverage } from '@cjm/language/protocol';
import type { ActiveJourneys } from './active-journeys.js';
import type { CjmClient } from './client.js';
import { activeCjmEditor } from './commands/target-document.js';

/** How long typing must pause before the coverage is asked for again. */
const REFRESH_DELAY_MS = 300;

/**
 * The coverage of the journey the user is on, in the status bar: the preview's journey,
 * else the one the cursor is in, else the document's first. `3/4 stages covered` counts
 * stages with a metric with a target and an answered question; the tooltip lists each
 * stage as its code lens does. A click opens the preview of that journey.
 */
export class CoverageStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('cjm.coverage', vscode.StatusBarAlignment.Right, 100);
    private readonly subscriptions: vscode.Disposable[];
    /** The last figures of the document shown, kept while its text does not parse. */
    private figures: { uri: string; journeys: JourneyCoverage[] } | undefined;
    private pending: vscode.CancellationTokenSource | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly client: CjmClient, private readonly journeys: ActiveJourneys) {
        this.item.name = 'CJM Journey Coverage';
        this.subscriptions = [
            vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === activeCjmEditor()?.document && event.contentChanges.length > 0) {
                    this.refresh(REFRESH_DELAY_MS);
                }
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor === activeCjmEditor()) {
                    this.render();
                }
            }),
            journeys.onDidChange(() => this.render())
        ];
        this.refresh(0);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.pending?.cancel();
        this.subscriptions.forEach(subscription => subscription.dispose());
        this.item.dispose();
    }

    private refresh(delay: number): void {
        clearTimeout(this.timer);
        this.pending?.cancel();
        const editor = activeCjmEditor();
        if (!editor) {
            this.figures = undefined;
            this.item.hide();
            return;
        }
        if (this.figures?.uri !== editor.document.uri.toString()) {
            this.figures = undefined;
            this.item.hide();
        }
        this.timer = setTimeout(() => void this.ask(editor.document.uri), delay);
    }

    private async ask(uri: vscode.Uri): Promise<void> {
        const pending = new vscode.CancellationTokenSource();
        this.pending = pending;
        try {
            const result = await this.client.coverage(uri, pending.token);
            if (pending.token.isCancellationRequested) {
                return;
            }
            if (result.kind === 'coverage') {
                this.figures = { uri: uri.toString(), journeys: result.journeys };
            }
            this.render();
        } catch {
            // The server is starting, restarting or gone: its own output channel says so; the item waits for the next edit.
        } finally {
            pending.dispose();
        }
    }

    private render(): void {
        const editor = activeCjmEditor();
        const figures = this.figures;
        const journey = editor && figures?.uri === editor.document.uri.toString() ? this.journeyOn(editor, figures.journeys) : undefined;
        if (!editor || !journey) {
            this.item.hide();
            return;
        }
        const covered = journey.stages.filter(stage => stage.covered).length;
        this.item.text = `$(checklist) ${journey.stages.length === 1
            ? vscode.l10n.t('{0}: {1}/{2} stage covered', journey.id, covered, journey.stages.length)
            : vscode.l10n.t('{0}: {1}/{2} stages covered', journey.id, covered, journey.stages.length)}`;
        this.item.tooltip = tooltip(journey);
        this.item.command = { title: vscode.l10n.t('Open Preview'), command: COMMANDS.openPreview, arguments: [editor.document.uri.toString(), journey.id] };
        this.item.show();
    }

    private journeyOn(editor: vscode.TextEditor, journeys: readonly JourneyCoverage[]): JourneyCoverage | undefined {
        const shown = this.journeys.journeyOf(editor.document.uri);
        const cursor = editor.selection.active;
        return journeys.find(journey => journey.id === shown)
            ?? journeys.find(journey => this.client.asRange(journey.range).contains(cursor))
            ?? journeys[0];
    }
}

function tooltip(journey: JourneyCoverage): vscode.MarkdownString {
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.appendMarkdown('**');
    markdown.appendText(journey.title ?? journey.id);
    markdown.appendMarkdown('**\n\n');
    for (const stage of journey.stages) {
        markdown.appendMarkdown(stage.covered ? '$(pass) ' : '$(circle-large-outline) ');
        markdown.appendText(`${stage.title ?? stage.id}: ${stage.summary}`);
        markdown.appendMarkdown('  \n');
    }
    markdown.appendMarkdown(`\n${vscode.l10n.t('A stage is covered with a metric that has a target and an answered question. Click to open the preview.')}`);
    return markdown;
}
