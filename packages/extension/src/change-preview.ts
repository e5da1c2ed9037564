import * as vscode from 'vscode';
import type { CjmClient } from './client.js';
import type { DiffDocuments } from './diff-documents.js';
import { randomBase64 } from './preview/base64.js';
import { editorDiagramTheme } from './preview/settings.js';

/** Quiet time after typing before the change is compared and drawn again. */
const FOLLOW_DELAY = 300;

export const CHANGE_VIEW_TYPE = 'cjm.change';

/** What a Compare compares: the old text (the file at HEAD) with the document's text, labelled for the Markdown heading. */
export interface Comparison {
    oldText: string;
    labels: { old: string; new: string };
}

/**
 * The drawn change of Compare with HEAD (diagram.md, "A change, drawn"): a webview beside
 * the Markdown diff, one per map, showing the new picture with the change marked. While it
 * is open it follows the text: an edit (after a short quiet time) compares again and
 * refreshes both the picture and the Markdown diff. A text that does not parse keeps the
 * last picture. The page runs no script: the SVG is inline, its colours the editor theme's.
 */
export class ChangePreviews implements vscode.Disposable {
    private readonly open = new Map<string, { panel: vscode.WebviewPanel; comparison: Comparison; timer?: ReturnType<typeof setTimeout> }>();
    private readonly listener: vscode.Disposable;

    constructor(private readonly client: CjmClient, private readonly diffs: DiffDocuments) {
        this.listener = vscode.workspace.onDidChangeTextDocument(event => this.edited(event.document));
    }

    /** Shows (or refreshes) the drawn change of `document` beside the Markdown diff. */
    async show(document: vscode.TextDocument, comparison: Comparison): Promise<void> {
        const key = document.uri.toString();
        let entry = this.open.get(key);
        if (entry === undefined) {
            const panel = vscode.window.createWebviewPanel(CHANGE_VIEW_TYPE, vscode.l10n.t('Change: {0}', comparison.labels.new.split('/').pop() ?? ''),
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
            entry = { panel, comparison };
            this.open.set(key, entry);
            panel.onDidDispose(() => {
                clearTimeout(this.open.get(key)?.timer);
                this.open.delete(key);
            });
        }
        entry.comparison = comparison;
        await this.redraw(document);
        entry.panel.reveal(entry.panel.viewColumn, true);
    }

    private edited(document: vscode.TextDocument): void {
        const entry = this.open.get(document.uri.toString());
        if (entry !== undefined) {
            clearTimeout(entry.timer);
            entry.timer = setTimeout(() => void this.follow(document), FOLLOW_DELAY);
        }
    }

    private async follow(document: vscode.TextDocument): Promise<void> {
        const entry = this.open.get(document.uri.toString());
        if (entry === undefined) {
            return;
        }
        const markdown = await this.client.diffWithText(document.uri, { oldText: entry.comparison.oldText, format: 'markdown', labels: entry.comparison.labels });
        if (markdown.kind === 'diff') {
            this.diffs.refresh(document.uri, markdown.text);
        }
        await this.redraw(document);
    }

    private async redraw(document: vscode.TextDocument): Promise<void> {
        const entry = this.open.get(document.uri.toString());
        if (entry === undefined) {
            return;
        }
        const drawn = await this.client.diffWithText(document.uri, { oldText: entry.comparison.oldText, format: 'svg', theme: editorDiagramTheme() });
        if (drawn.kind === 'diff' && drawn.text !== '') {
            entry.panel.webview.html = changePage(drawn.text, entry.panel.title);
        }
    }

    dispose(): void {
        this.listener.dispose();
        for (const { panel, timer } of this.open.values()) {
            clearTimeout(timer);
            panel.dispose();
        }
    }
}

/** The picture on a page that allows nothing but its own style (by nonce). */
function changePage(svg: string, title: string): string {
    const nonce = randomBase64(18);
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; img-src data:">
<title>${title.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)}</title>
<style nonce="${nonce}">body { margin: 0; padding: 8px; } svg { max-width: 100%; height: auto; }</style>
</head>
<body>
${svg}
</body>
</html>
`;
}
