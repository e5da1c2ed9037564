import * as vscode from 'vscode';

/**
 * Which journey the preview shows for each document. The preview tells it here; the
 * status bar and the export commands then speak of the journey the user is looking at.
 */
export class ActiveJourneys implements vscode.Disposable {
    private readonly shown = new Map<string, { uri: vscode.Uri; journey: string | undefined }>();
    private last: vscode.Uri | undefined;
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    /** Fires with the document whose shown journey changed (or whose preview closed). */
    readonly onDidChange = this.changed.event;

    /** A preview shows `journey` of the document (undefined: its first, or none yet). */
    show(uri: vscode.Uri, journey: string | undefined): void {
        const key = uri.toString();
        const before = this.shown.get(key)?.journey;
        this.shown.set(key, { uri, journey });
        this.last = uri;
        if (before !== journey) {
            this.changed.fire(uri);
        }
    }

    /** The preview of the document closed (or turned to another document). */
    hide(uri: vscode.Uri): void {
        const key = uri.toString();
        if (this.shown.delete(key)) {
            if (this.last?.toString() === key) {
                this.last = undefined;
            }
            this.changed.fire(uri);
        }
    }

    /** The journey a preview shows for the document, if one does and has drawn. */
    journeyOf(uri: vscode.Uri): string | undefined {
        return this.shown.get(uri.toString())?.journey;
    }

    /** The document of the preview shown last, while that preview is open: what a command means when a preview has the focus. */
    get lastShown(): vscode.Uri | undefined {
        return this.last;
    }

    dispose(): void {
        this.changed.dispose();
    }
}
