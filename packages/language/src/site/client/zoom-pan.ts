/**
 * Zoom (wheel, + - 0 keys, buttons) and pan (drag) of the picture by rewriting the
 * SVG's viewBox, as the HTML page of `cjm render` does, so the drawing stays sharp at any
 * zoom. Fitted to the viewport's width on load; an element focused with the keyboard is
 * brought into view.
 */
const MIN = 0.05;
const MAX = 20;
const STEP = 1.25;

interface View {
    svg: SVGSVGElement;
    box: readonly [number, number, number, number];
    scale: number;
    cx: number;
    cy: number;
    /** Still as fitted: the reader has not zoomed or panned since. */
    fitted: boolean;
}

export function setUpZoom(viewport: HTMLElement): void {
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
    // Fit to width, the picture's top at the top: a journey reads left to right. The
    // viewport takes the picture's height at that width, up to most of the window.
    const fit = (view: View) => {
        const { width } = viewport.getBoundingClientRect();
        viewport.style.height = `${Math.round(Math.max(240, Math.min(window.innerHeight * 0.8, width * view.box[3] / view.box[2])))}px`;
        const { height } = viewport.getBoundingClientRect();
        view.fitted = true;
        view.scale = Math.max(MIN, Math.min(MAX, width / view.box[2]));
        view.cx = view.box[0] + view.box[2] / 2;
        view.cy = view.box[1] + height / view.scale / 2;
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
        if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 4) {
            return;
        }
        if (!drag.moved) {
            drag.moved = true;
            viewport.setPointerCapture(event.pointerId);
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
    };
    viewport.addEventListener('pointerup', stop);
    viewport.addEventListener('pointercancel', stop);

    const actions: Record<string, () => void> = { in: () => zoom(STEP), out: () => zoom(1 / STEP), fit: () => { const view = current(); if (view) { fit(view); } } };
    const keys: Record<string, string> = { '+': 'in', '=': 'in', '-': 'out', '_': 'out', '0': 'fit' };
    viewport.addEventListener('keydown', event => {
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
