/**
 * The custom requests of the cjm language server, typed once for the server and every
 * client (the VS Code extension and its preview). Nothing here imports Langium or Node, so
 * the extension's bundle can import it as it is.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';
import type { ThemeName } from './diagram/theme.js';
import type { PersonaRole, StageCoverage } from './model/journey-model.js';

export type DiagramTheme = ThemeName;

/** A journey of a document, for the preview's journey picker. */
export interface JourneyEntry {
    id: string;
    title?: string;
}

/** A persona of the drawn journey, for the preview's persona picker. */
export interface PersonaEntry {
    id: string;
    title?: string;
    role?: PersonaRole;
}

/**
 * The kinds of element the diagram draws as `<g class="cjm-KIND" data-cjm-id="ID">`; a
 * persona's point on the emotion lane is a `<g class="cjm-emotion">` whose
 * `data-cjm-touchpoint` names the touchpoint. Names are unique per kind only, so a stage and a touchpoint may
 * share an id: the kind tells them apart. A metric (by its name) and a research question (by its
 * text) are drawn in their stage's lane cell (`data-cjm-stage`), and are unique per stage only.
 */
export type ElementKind = 'stage' | 'touchpoint' | 'barrier' | 'opportunity' | 'metric' | 'question';

/** Where a drawn element is declared. */
export interface ElementSource {
    kind: ElementKind;
    /** Its `data-cjm-id`: the element's name (a question's text). */
    id: string;
    /** A metric's or question's stage. */
    stage?: string;
    /** The whole declaration: the preview highlights the element whose range holds the cursor. */
    range: Range;
    /** Its name (a question's text): what the editor selects when the element is clicked. */
    selection: Range;
}

export interface DiagramParams {
    /** The document, as the client knows it (unsaved text and untitled buffers included). */
    uri: string;
    /** The journey to draw; the first of the document when absent or unknown. */
    journey?: string;
    /** One persona's view of the journey (diagram.md); the whole journey when absent or not one of its personas. */
    persona?: string;
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
        /** Whose view was drawn; absent for the whole journey. */
        persona?: string;
        /** The drawn journey's personas, in its order. */
        personas: PersonaEntry[];
        /** Every drawn element, in the order of the text. */
        sources: ElementSource[];
    }
    /** The text does not parse: nothing is drawn, the preview keeps its last picture. */
    | { kind: 'syntax-error'; errors: DiagramSyntaxError[]; journeys: JourneyEntry[] }
    /** The document holds no journey (a file of shared personas and channels). */
    | { kind: 'no-journey'; journeys: JourneyEntry[] };

export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('cjm/diagram');

export interface ExportParams {
    uri: string;
    /** The journey to export; the first of the document when absent. Unlike the diagram's, an unknown one is an error. */
    journey?: string;
}

/** The export's text (what `cjm export` writes), or why there is none (syntax errors, no such journey). */
export type ExportResult = { kind: 'text'; text: string; journey: string } | { kind: 'error'; message: string };

export const ExportMarkdownRequest = new RequestType<ExportParams, ExportResult, void>('cjm/exportMarkdown');
export const ExportMermaidRequest = new RequestType<ExportParams, ExportResult, void>('cjm/exportMermaid');

export interface DiffWithTextParams {
    /** The document's current (unsaved) text is the new side. */
    uri: string;
    /** The old side, for example the file at git HEAD. */
    oldText: string;
    /** `svg`: the change drawn (diagram.md, "A change, drawn"), as `cjm diff --format svg` draws it. */
    format: 'text' | 'markdown' | 'json' | 'svg';
    /** What the Markdown heading names the two sides, e.g. `HEAD:maps/a.cjm` and `maps/a.cjm`. */
    labels?: { old: string; new: string };
    /** The colours of `svg`; light by default. */
    theme?: DiagramTheme;
}

export type DiffWithTextResult =
    /** The report as `cjm diff --format FORMAT` writes it (the text format writes nothing for no change; svg nothing without a journey). */
    | { kind: 'diff'; text: string; changes: number }
    | { kind: 'error'; message: string };

export const DiffWithTextRequest = new RequestType<DiffWithTextParams, DiffWithTextResult, void>('cjm/diffWithText');

export interface CoverageParams {
    uri: string;
}

/** A stage's counts, as its code lens shows them. */
export interface StageCoverageEntry {
    id: string;
    title?: string;
    coverage: StageCoverage;
    /** The stage's code lens title, e.g. `3 touchpoints · 2 metrics · 3/4 questions answered · 1 barrier`. */
    summary: string;
    /** It has a metric with a target and an answered question: neither `stage-needs-metric` nor `stage-needs-research` applies. */
    covered: boolean;
}

export interface JourneyCoverage extends JourneyEntry {
    /** The journey's declaration: the client shows the journey the cursor is in. */
    range: Range;
    stages: StageCoverageEntry[];
}

export type CoverageResult =
    | { kind: 'coverage'; journeys: JourneyCoverage[] }
    /** The text does not parse: counts of a half-read text would mislead, so there are none. */
    | { kind: 'syntax-error' };

/** The coverage of every journey of a document (unsaved text included), read from the journey model; the status bar's figures. */
export const CoverageRequest = new RequestType<CoverageParams, CoverageResult, void>('cjm/coverage');

/** Commands the server names in code lenses and the extension implements. */
export const COMMANDS = {
    /** Arguments: the document URI and the journey id. */
    openPreview: 'cjm.openPreview',
    openPreviewToSide: 'cjm.openPreviewToSide'
} as const;

/**
 * A map or cjm.config.json file as the editor read it. In a browser (github.dev,
 * vscode.dev) the server runs in a Web Worker that cannot read files: the client reads
 * the workspace folders through `vscode.workspace.fs` and sends them.
 */
export interface WorkspaceFile {
    uri: string;
    text: string;
}

/** The `initializationOptions` of a client that feeds the server its files. */
export interface WorkspaceFilesOptions {
    workspaceFiles: {
        /** The folders whose files the client sends: the server reads nothing else under them. */
        folders: string[];
        files: WorkspaceFile[];
    };
}

/** A file created or changed (with its text) or deleted (without) in a folder the client feeds. */
export interface WorkspaceFileChange {
    uri: string;
    text?: string;
}

export const WorkspaceFilesChangedNotification = new NotificationType<{ changes: WorkspaceFileChange[] }>('cjm/workspaceFilesChanged');
