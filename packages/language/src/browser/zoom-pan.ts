/**
 * Zoom (wheel, + - 0 keys, the toolbar's buttons) and pan (drag) of a picture by rewriting
 * its SVG's viewBox, so the drawing stays sharp at any zoom: the one implementation behind
 * the HTML page of `cjm render` and the site's journey pages. An element focused with the
 * keyboard is brought into view; a new size fits again unless the reader has zoomed.
 */
const MIN = 0.05;
const MAX = 20;
const STEP = 1.25;
/** Screen pixels kept free around a picture fitted whole. */
const MARGIN = 16;
/** A press that moves less than this (px) is a click on an element, not a drag. */
const CLICK_SLOP = 4;

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

interface View {
    svg: SVGSVGElement;
    box: readonly [number, number, number, number];
    scale: number;
    cx: number;
    cy: number;
    /** Still as fitted: the reader has not zoomed or panned since. */
    fitted: boolean;
}

export function setUpZoom(viewport: HTMLElement, options: ZoomOptions): void {
    let shown: View | undefined;
    const current = (): View | undefined => {
        const svg = viewport.querySelector<SVGSVGElement>(':scope > svg');
        // A page of the single file not shown yet has no size to fit to: fit when it shows.
        if (svg === null || viewport.clientWidth === 0) {
            return undefined;
        }
        if (shown === undefined) {
            const box = (svg.getAttribute('viewBox') ?? '0 0 100 100').trim().split(/[\s,]+/).map(Number) as [number, number, number, number];
            shown = { svg, box, scale: 1, cx: box[0] + box[2] / 2, cy: box[1] + box[3] / 2, fitted: true };
            fit(shown);
        }
        return shown;
    };
    const apply = (view: View) => {
        const { width, height } = viewport.getBoundingClientRect();
        const w = width / view.scale;
        const h = height / view.scale;
        view.svg.setAttribute('viewBox', [view.cx - w / 2, view.cy - h / 2, w, h].map(value => +value.toFixed(3)).join(' '));
    };
    const fit = (view: View) => {
        const [x, y, width, height] = view.box;
        view.fitted = true;
        if (options.fit === 'whole') {
            const size = viewport.getBoundingClientRect();
            view.scale = Math.max(MIN, Math.min(MAX, (size.width - 2 * MARGIN) / width, (size.height - 2 * MARGIN) / height));
            view.cx = x + width / 2;
            view.cy = y + height / 2;
        } else {
            const shown = viewport.getBoundingClientRect().width;
            viewport.style.height = `${Math.round(Math.max(240, Math.min(window.innerHeight * 0.8, shown * height / width)))}px`;
            view.scale = Math.max(MIN, Math.min(MAX, shown / width));
            view.cx = x + width / 2;
            view.cy = y + viewport.getBoundingClientRect().height / view.scale / 2;
        }
        apply(view);
    };
    const zoom = (factor: number, clientX?: number, clientY?: number) => {
        const view = current();
        if (view === undefined) {
            return;
        }
        const rect = viewport.getBoundingClientRect();
        const px = clientX === undefined ? 0 : clientX - rect.left - rect.width / 2;
        const py = clientY === undefined ? 0 : clientY - rect.top - rect.height / 2;
        const next = Math.max(MIN, Math.min(MAX, view.scale * factor));
        view.cx += px / view.scale - px / next;
        view.cy += py / view.scale - py / next;
        view.scale = next;
        view.fitted = false;
        apply(view);
    };
    viewport.addEventListener('wheel', event => {
        event.preventDefault();
        zoom(Math.exp(-event.deltaY * 0.0015), event.clientX, event.clientY);
    }, { passive: false });

    let drag: { id: number; x: number; y: number; moved: boolean } | undefined;
    viewport.addEventListener('pointerdown', event => {
        drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    });
    viewport.addEventListener('pointermove', event => {
        const view = current();
        if (drag === undefined || drag.id !== event.pointerId || view === undefined) {
            return;
        }
        // A click that wobbles a pixel is still a click on an element, not a pan.
        if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < CLICK_SLOP) {
            return;
        }
        if (!drag.moved) {
            drag.moved = true;
            viewport.setPointerCapture(event.pointerId);
            viewport.classList.add('cjm-dragging');
        }
        view.fitted = false;
        view.cx -= (event.clientX - drag.x) / view.scale;
        view.cy -= (event.clientY - drag.y) / view.scale;
        drag.x = event.clientX;
        drag.y = event.clientY;
        apply(view);
    });
    const stop = () => {
        drag = undefined;
        viewport.classList.remove('cjm-dragging');
    };
    viewport.addEventListener('pointerup', stop);
    viewport.addEventListener('pointercancel', stop);

    const actions: Record<string, () => void> = { in: () => zoom(STEP), out: () => zoom(1 / STEP), fit: () => { const view = current(); if (view) { fit(view); } } };
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
        const view = current();
        const target = event.target;
        if (view === undefined || !(target instanceof SVGGraphicsElement) || target === view.svg) {
            return;
        }
        const box = target.getBBox();
        const { width, height } = viewport.getBoundingClientRect();
        const [left, top] = [view.cx - width / view.scale / 2, view.cy - height / view.scale / 2];
        const inside = box.x >= left && box.y >= top && box.x + box.width <= left + width / view.scale && box.y + box.height <= top + height / view.scale;
        if (!inside) {
            view.cx = box.x + box.width / 2;
            view.cy = box.y + box.height / 2;
            view.fitted = false;
            apply(view);
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
        const view = current();
        if (view !== undefined) {
            if (view.fitted) {
                fit(view);
            } else {
                apply(view);
            }
        }
    };
    new ResizeObserver(refit).observe(viewport);
    window.addEventListener('hashchange', refit);
    current();
}
