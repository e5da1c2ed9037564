/**
 * The preview's webview script: shows the pictures the host sends, keeps zoom and pan,
 * reports clicks, highlights the element under the editor's cursor, and rasterises the
 * PNG export. Everything it remembers across reloads is in `vscode.setState`.
 */
import { parseViewBox } from '@cjm/language/view-box';
import type { ElementRef, HostMessage, PreviewState, PreviewWords } from '../preview/messages.js';
import { elementAt, findElement } from './element-refs.js';
import { rasterize } from './rasterize.js';
import { readableScale } from './readable-scale.js';
import { parseSvg } from './svg-content.js';
import { Toolbar } from './toolbar.js';
import { vscodeApi } from './vscode-api.js';
import { ZoomPan } from './zoom-pan.js';

const vscode = vscodeApi();
const state: PreviewState = vscode.getState() ?? JSON.parse(document.getElementById('cjm-preview-state')!.dataset.state!);
const words: PreviewWords = JSON.parse(document.getElementById('cjm-preview-words')!.dataset.words!);
const viewport = document.getElementById('cjm-viewport')!;
const banner = document.getElementById('cjm-banner')!;
const empty = document.getElementById('cjm-empty')!;

const toolbar = new Toolbar(document, {
    zoomIn: () => zoom.zoomIn(),
    zoomOut: () => zoom.zoomOut(),
    fit: () => zoom.fit(),
    toggleLock: () => vscode.postMessage({ type: 'toggle-lock' }),
    exportPicture: format => vscode.postMessage({ type: 'export', format }),
    showSource: () => vscode.postMessage({ type: 'show-source' }),
    selectJourney: journey => vscode.postMessage({ type: 'select-journey', journey }),
    selectPersona: persona => vscode.postMessage({ type: 'select-persona', ...(persona === undefined ? {} : { persona }) })
}, words);
toolbar.showLock(state.locked);
const zoom = new ZoomPan(viewport, state.view, view => {
    state.view = view;
    vscode.setState(state);
    toolbar.showZoom(view.scale);
});
if (state.view !== undefined) {
    toolbar.showZoom(state.view.scale);
}
let highlighted: ElementRef | null = null;
/** The journey of the picture shown; another journey's picture opens anew. */
let drawnJourney: string | undefined;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => handle(event.data));

viewport.addEventListener('click', event => {
    const element = zoom.consumeDrag() ? undefined : elementAt(event.target);
    if (element !== undefined) {
        vscode.postMessage({ type: 'reveal', element });
    }
});

const KEYS: Record<string, () => void> = { '+': () => zoom.zoomIn(), '=': () => zoom.zoomIn(), '-': () => zoom.zoomOut(), '0': () => zoom.fit() };
document.addEventListener('keydown', event => {
    const action = KEYS[event.key];
    if (action !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey && !(event.target instanceof HTMLSelectElement)) {
        event.preventDefault();
        action();
    }
});

vscode.postMessage({ type: 'ready' });

function handle(message: HostMessage): void {
    switch (message.type) {
        case 'document':
            if (message.uri !== state.uri) {
                // The picture belongs to the other document: never show it under this one's banner.
                forgetView();
                viewport.replaceChildren();
                drawnJourney = undefined;
            }
            Object.assign(state, { uri: message.uri, locked: message.locked, journey: message.journey, persona: message.persona });
            vscode.setState(state);
            toolbar.showLock(message.locked);
            document.title = message.label;
            return;
        case 'diagram':
            if (drawnJourney !== undefined && drawnJourney !== message.journey) {
                forgetView();
            }
            drawnJourney = message.journey;
            showDiagram(message.svg);
            toolbar.showJourneys(message.journeys, message.journey);
            toolbar.showPersonas(message.personas, message.persona);
            return;
        case 'syntax-error':
            showBanner('syntax-error', words.syntaxError.replace('{line}', String(message.line)).replace('{message}', () => message.message));
            return;
        case 'failed':
            showBanner('failed', message.message);
            return;
        case 'no-journey':
            viewport.replaceChildren();
            empty.hidden = false;
            toolbar.hideJourneys();
            showBanner(undefined, '');
            return;
        case 'highlight':
            highlighted = message.element;
            applyHighlight(message.reveal);
            return;
        case 'rasterize':
            rasterize(message.svg, message.scale).then(
                png => vscode.postMessage({ type: 'rasterized', requestId: message.requestId, png }),
                (error: unknown) => vscode.postMessage({ type: 'rasterize-failed', requestId: message.requestId, message: String(error) })
            );
            return;
    }
}

/** Another document or journey: its picture opens readable, and no element of the old one stays highlighted. */
function forgetView(): void {
    zoom.reset();
    state.view = undefined;
    highlighted = null;
    vscode.setState(state);
}

/** Swaps the picture in place: same view, same highlight, no banner. */
function showDiagram(markup: string): void {
    const parsed = parseSvg(markup);
    const picture = 'svg' in parsed ? parseViewBox(parsed.svg.getAttribute('viewBox')) : undefined;
    if (!('svg' in parsed) || picture === undefined) {
        showBanner('failed', 'error' in parsed ? parsed.error : 'The server sent a picture without a viewBox.');
        return;
    }
    // The view box first, while the page's layout is still clean: reading the viewport's size after the swap would lay out the new picture twice.
    zoom.show(parsed.svg, picture, readableScale(parsed.svg));
    viewport.replaceChildren(parsed.svg);
    empty.hidden = true;
    applyHighlight(false);
    showBanner(undefined, '');
}

/** An empty kind hides the banner; a banner over a picture marks the picture as stale. */
function showBanner(kind: 'syntax-error' | 'failed' | undefined, text: string): void {
    banner.hidden = kind === undefined;
    banner.textContent = text;
    banner.dataset.cjmKind = kind ?? '';
    viewport.classList.toggle('cjm-stale', kind !== undefined);
}

function applyHighlight(reveal: boolean): void {
    for (const element of viewport.querySelectorAll('.cjm-highlight')) {
        element.classList.remove('cjm-highlight');
    }
    const element = highlighted === null ? null : findElement(viewport, highlighted);
    if (element !== null) {
        element.classList.add('cjm-highlight');
        if (reveal) {
            zoom.reveal(element.getBBox());
        }
    }
}
