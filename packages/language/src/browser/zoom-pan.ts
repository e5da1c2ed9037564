/**
 * Zoom (wheel, + - 0 keys, the toolbar's buttons) and pan (drag) of a picture by rewriting
 * its SVG's viewBox, so the drawing stays sharp at any zoom: behind the HTML page of
 * `cjm render` and the site's journey pages, with the arithmetic the editor's preview uses
 * (diagram/view-box.ts). An element focused with the keyboard is brought into view; a new
 * size fits again unless the reader has zoomed.
 */
import { Drag } from '../diagram/drag.js';
import { fitView, fitWidth, panBy, parseViewBox, revealBox, viewBoxAttribute, viewBoxOf, zoomAt, type Box, type Size, type ViewState } from '../diagram/view-box.js';

const STEP = 1.25;
/** The site's viewport is as tall as the picture at its width, within these (px; the top as a share of the window). */
const LOWEST = 240;
const HIGHEST = 0.8;

export interface ZoomOptions {
    /**
     * `width`: fitted to the viewport's width, the picture's top at the top (a journey reads
     * left to right), the viewport as tall as the picture at that width, up to most of the
     * window (the site's pages, where the picture shares the page). `whole`: the whole
     * picture in the viewport (the HTML page, where it is the page).
     */
    fit: 'width' | 'whole';
    /** Where + - 0 are heard: the viewport itself (a page with more than the picture), or the whole page. */
    keys: HTMLElement | Document;
}

interface Shown {
    svg: SVGSVGElement;
    picture: Box;
    view: ViewState;
}

export function setUpZoom(viewport: HTMLElement, options: ZoomOptions): void {
    let shown: Shown | undefined;
    const size = (): Size => viewport.getBoundingClientRect();
    const apply = ({ svg, view }: Shown) => svg.setAttribute('viewBox', viewBoxAttribute(viewBoxOf(view, size())));
    const fit = (current: Shown) => {
        if (options.fit === 'width') {
            const { width, height } = current.picture;
            viewport.style.height = `${Math.round(Math.max(LOWEST, Math.min(window.innerHeight * HIGHEST, size().width * height / width)))}px`;
        }
        current.view = options.fit === 'width' ? fitWidth(current.picture, size()) : fitView(current.picture, size());
        apply(current);
    };
    const current = (): Shown | undefined => {
        const svg = viewport.querySelector<SVGSVGElement>(':scope > svg');
        // A page of the single file not shown yet has no size to fit to: fit when it shows.
        if (svg === null || viewport.clientWidth === 0) {
            return undefined;
        }
        if (shown === undefined) {
            const picture = parseViewBox(svg.getAttribute('viewBox')) ?? { x: 0, y: 0, width: 100, height: 100 };
            shown = { svg, picture, view: fitView(picture, size()) };
            fit(shown);
        }
        return shown;
    };
    const update = (next: (view: ViewState) => ViewState) => {
        const now = current();
        if (now !== undefined) {
            now.view = next(now.view);
            apply(now);
        }
    };
    const zoom = (factor: number, clientX?: number, clientY?: number) => {
        const rect = viewport.getBoundingClientRect();
        const offset = clientX === undefined || clientY === undefined
            ? { x: 0, y: 0 }
            : { x: clientX - rect.left - rect.width / 2, y: clientY - rect.top - rect.height / 2 };
        update(view => zoomAt(view, factor, offset));
    };
    viewport.addEventListener('wheel', event => {
        event.preventDefault();
        zoom(Math.exp(-event.deltaY * 0.0015), event.clientX, event.clientY);
    }, { passive: false });

    let drag: Drag | undefined;
    viewport.addEventListener('pointerdown', event => {
        drag = new Drag({ id: event.pointerId, x: event.clientX, y: event.clientY });
    });
    viewport.addEventListener('pointermove', event => {
        const step = drag?.move({ id: event.pointerId, x: event.clientX, y: event.clientY });
        if (step === undefined) {
            return;
        }
        if (step.started) {
            viewport.setPointerCapture(event.pointerId);
            viewport.classList.add('cjm-dragging');
        }
        update(view => panBy(view, step.dx, step.dy));
    });
    const stop = () => {
        drag = undefined;
        viewport.classList.remove('cjm-dragging');
    };
    viewport.addEventListener('pointerup', stop);
    viewport.addEventListener('pointercancel', stop);

    const actions: Record<string, () => void> = {
        in: () => zoom(STEP),
        out: () => zoom(1 / STEP),
        fit: () => {
            const now = current();
            if (now !== undefined) {
                fit(now);
            }
        }
    };
    const keys: Record<string, string> = { '+': 'in', '=': 'in', '-': 'out', '_': 'out', '0': 'fit' };
    options.keys.addEventListener('keydown', event => {
        if (!(event instanceof KeyboardEvent)) {
            return;
        }
        const action = keys[event.key];
        if (action !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey) {
            event.preventDefault();
            actions[action]();
        }
    });
    // An element reached with the keyboard comes into view: Tab never lands outside the picture's shown part.
    viewport.addEventListener('focusin', event => {
        const target = event.target;
        if (target instanceof SVGGraphicsElement && target !== shown?.svg) {
            update(view => revealBox(view, size(), target.getBBox()));
        }
    });
    const toolbar = viewport.ownerDocument.querySelector<HTMLElement>('.cjm-toolbar');
    if (toolbar !== null) {
        toolbar.hidden = false;
        for (const button of toolbar.querySelectorAll<HTMLButtonElement>('[data-cjm-zoom]')) {
            button.addEventListener('click', () => actions[button.dataset.cjmZoom ?? 'fit']());
        }
    }
    // A new size (the window, the side panel opening) fits again unless the reader has zoomed.
    const refit = () => {
        const now = current();
        if (now !== undefined) {
            if (now.view.fit) {
                fit(now);
            } else {
                apply(now);
            }
        }
    };
    new ResizeObserver(refit).observe(viewport);
    window.addEventListener('hashchange', refit);
    current();
}
