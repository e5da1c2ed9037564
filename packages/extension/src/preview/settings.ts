/** The preview's settings and the diagram theme they and the editor choose. */
import * as vscode from 'vscode';
import type { DiagramTheme } from '@cjm/language/protocol';

/** The diagram theme that matches the editor's: dark for dark and high-contrast dark themes. */
export function editorDiagramTheme(): DiagramTheme {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}

/** `cjm.export.theme`: exports are light unless the user asks for dark or for the editor's theme. */
export function exportDiagramTheme(resource: vscode.Uri): DiagramTheme {
    const setting = vscode.workspace.getConfiguration('cjm', resource).get<string>('export.theme', 'light');
    if (setting === 'auto') {
        return editorDiagramTheme();
    }
    return setting === 'dark' ? 'dark' : 'light';
}

/** `cjm.preview.redrawDelay`: how long the text must rest before the preview redraws. */
export function redrawDelay(resource: vscode.Uri): number {
    const delay = vscode.workspace.getConfiguration('cjm', resource).get<number>('preview.redrawDelay', 150);
    return Number.isFinite(delay) ? Math.max(0, delay) : 150;
}
