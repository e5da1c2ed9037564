import type * as vscode from 'vscode';

const KEY = 'cjm.preview.journeys';

/**
 * The journey chosen in the picker, per document, kept in the workspace's state: a
 * preview that comes back to a document (or a window that reloads) draws the same one.
 */
export class JourneyMemory {
    constructor(private readonly memento: vscode.Memento) {}

    get(resource: vscode.Uri): string | undefined {
        return this.memento.get<Record<string, string>>(KEY, {})[resource.toString()];
    }

    set(resource: vscode.Uri, journey: string): void {
        const journeys = { ...this.memento.get<Record<string, string>>(KEY, {}), [resource.toString()]: journey };
        void this.memento.update(KEY, journeys);
    }
}
