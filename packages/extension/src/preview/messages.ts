/**
 * The messages between the preview's host (`preview/`) and its webview (`webview/`), typed
 * once for both ends. Type-only: the webview bundle imports nothing from the host.
 */
import type { ElementKind, JourneyEntry, PersonaEntry } from '@cjm/language/protocol';
import type { ViewState } from '@cjm/language/view-box';

/** A drawn element: `<g class="cjm-KIND" data-cjm-id="ID">`, for a metric or question in its stage's cell. */
export interface ElementRef {
    kind: ElementKind;
    id: string;
    stage?: string;
}

/** What a preview keeps across window reloads: the webview's state, read back by the panel serializer. */
export interface PreviewState {
    /** The previewed document's URI as VS Code writes it (`Uri.toString()`). */
    uri: string;
    locked: boolean;
    /** The journey chosen in the picker; the document's first when absent. */
    journey?: string;
    /** The persona whose view is drawn; the whole journey when absent. */
    persona?: string;
    view?: ViewState;
}

/**
 * The words of the preview's page and of its webview script, in VS Code's display language:
 * the host chooses them (`preview-words.ts`), the page carries them to the script.
 */
export interface PreviewWords {
    /** The page's `lang`. */
    lang: string;
    pageTitle: string;
    toolbar: string;
    journey: string;
    personaTitle: string;
    persona: string;
    allPersonas: string;
    zoomOutTitle: string;
    zoomOut: string;
    zoomInTitle: string;
    zoomIn: string;
    fit: string;
    fitTitle: string;
    lock: string;
    locked: string;
    lockTitle: string;
    lockedTitle: string;
    showSource: string;
    showSourceTitle: string;
    exportSvgTitle: string;
    exportPngTitle: string;
    noJourney: string;
    /** Before and after the `journey Name { … }` example (`addJourneyAfter` starts with its own space or comma). */
    addJourneyBefore: string;
    addJourneyAfter: string;
    /** The banner of a text that does not parse: `{line}` and `{message}` are filled in. */
    syntaxError: string;
}

/** Host to webview. */
export type HostMessage =
    /** Which document the preview shows and how; the webview keeps it in its state. */
    | { type: 'document'; uri: string; label: string; locked: boolean; journey?: string; persona?: string }
    /** A new picture: swapped in place, zoom and pan kept, any banner cleared. */
    | { type: 'diagram'; svg: string; journey: string; journeys: JourneyEntry[]; persona?: string; personas: PersonaEntry[] }
    /** The text does not parse: the last picture stays, a banner names the first error (`line` is 1-based). */
    | { type: 'syntax-error'; message: string; line: number }
    /** The document holds no journey. */
    | { type: 'no-journey' }
    /** The server could not draw (it failed or is not running): a banner, the last picture stays. */
    | { type: 'failed'; message: string }
    /** The element under the editor's cursor, or none; `reveal` scrolls it into view (the zoom stays). */
    | { type: 'highlight'; element: ElementRef | null; reveal: boolean }
    /** Draw this SVG onto a canvas at `scale` and answer with the PNG. */
    | { type: 'rasterize'; requestId: number; svg: string; scale: number };

/** Webview to host. */
export type WebviewMessage =
    /** The webview has (re)loaded and wants its content. */
    | { type: 'ready' }
    /** An element was clicked: reveal and select its source. */
    | { type: 'reveal'; element: ElementRef }
    | { type: 'select-journey'; journey: string }
    /** One persona's view, or the whole journey (`persona` absent). */
    | { type: 'select-persona'; persona?: string }
    | { type: 'toggle-lock' }
    /** A toolbar button: export the picture, or show the previewed document's text. */
    | { type: 'export'; format: 'svg' | 'png' }
    | { type: 'show-source' }
    /** `png` is the file's bytes in base64. */
    | { type: 'rasterized'; requestId: number; png: string }
    | { type: 'rasterize-failed'; requestId: number; message: string };
