import type * as vscode from 'vscode';

/**
 * The journey chosen in the picker (or, under another key, the persona), per document,
 * kept in the workspace's state: a preview that comes back to a document (or a window
 * that reloads) draws the same one.
 */
export class JourneyMemory {
    constructor(private readonly memento: vscode.Memento, private readonly key = 'cjm.preview.journeys') {}

    get(resource: vscode.Uri): string | undefined {
        return this.memento.get<Record<string, string>>(this.key, {})[resource.toString()];
    }

    /** `undefined` forgets the choice (the persona picker's "whole journey"). */
    set(resource: vscode.Uri, choice: string | undefined): void {
        const { [resource.toString()]: _old, ...others } = this.memento.get<Record<string, string>>(this.key, {});
        void this.memento.update(this.key, choice === undefined ? others : { ...others, [resource.toString()]: choice });
    }
}
