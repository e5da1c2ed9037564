import type { PreviewState, WebviewMessage } from '../preview/messages.js';

/** The part of the API VS Code gives a webview script that the preview uses. */
export interface VsCodeApi {
    postMessage(message: WebviewMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function vscodeApi(): VsCodeApi {
    return acquireVsCodeApi();
}
