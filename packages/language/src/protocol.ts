/**
 * The custom requests of the cjm language server, typed once for the server and every
 * client (the VS Code extension and its preview). Nothing here imports Langium or Node, so
 * the extension's bundle can import it as it is.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';

export type DiagramTheme = 'light' | 'dark';

/** A journey of a document, for the preview's journey picker. */
export interface JourneyEntry {
    id: string;
    title?: string;
}

/** Where a drawn element (its `data-cjm-id`) is declared. */
export interface ElementSource {
    /** The whole declaration: the preview highlights the element whose range holds the cursor. */
    range: Range;
    /** Its name: what the editor selects when the element is clicked. */
    selection: Range;
}

export interface DiagramParams {
    /** The document, as the client knows it (unsaved text and untitled buffers included). */
    uri: string;
    /** The journey to draw; the first of the document when absent or unknown. */
    journey?: string;
    theme?: DiagramTheme;
}

export interface DiagramSyntaxError {
    message: string;
    range: Range;
}

export type DiagramResult =
    | {
        kind: 'diagram';
        svg: string;
        /** The journey drawn. */
        journey: string;
        journeys: JourneyEntry[];
        /** Every drawn element by its `data-cjm-id`: stages, touchpoints, barriers, opportunities, metrics. */
        sources: Record<string, ElementSource>;
    }
    /** The text does not parse: nothing is drawn, the preview keeps its last picture. */
    | { kind: 'syntax-error'; errors: DiagramSyntaxError[]; journeys: JourneyEntry[] }
    /** The document holds no journey (a file of shared personas and channels). */
    | { kind: 'no-journey'; journeys: JourneyEntry[] };

export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('cjm/diagram');

export interface ExportParams {
    uri: string;
    journey?: string;
}

/** The export's text, or why there is none (syntax errors, no journey). */
export type ExportResult = { kind: 'text'; text: string; journey: string } | { kind: 'error'; message: string };

export const ExportMarkdownRequest = new RequestType<ExportParams, ExportResult, void>('cjm/exportMarkdown');
export const ExportMermaidRequest = new RequestType<ExportParams, ExportResult, void>('cjm/exportMermaid');

export interface DiffWithTextParams {
    /** The document's current (unsaved) text is the new side. */
    uri: string;
    /** The old side, for example the file at git HEAD. */
    oldText: string;
    format: 'text' | 'markdown' | 'json';
}

export type DiffWithTextResult =
    | { kind: 'diff'; text: string; changes: number }
    | { kind: 'error'; message: string };

export const DiffWithTextRequest = new RequestType<DiffWithTextParams, DiffWithTextResult, void>('cjm/diffWithText');

/** Commands the server names in code lenses and the extension implements. */
export const COMMANDS = {
    /** Arguments: the document URI and the journey id. */
    openPreview: 'cjm.openPreview',
    openPreviewToSide: 'cjm.openPreviewToSide'
} as const;
