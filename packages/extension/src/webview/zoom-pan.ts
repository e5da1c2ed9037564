import { Drag } from '@cjm/language/drag';
import { fitView, openingView, panBy, revealBox, viewBoxAttribute, viewBoxOf, zoomAt, type Box, type ViewState } from '@cjm/language/view-box';

const STEP = 1.25;

/**
 * Zoom (ctrl + wheel or pinch, buttons, keys) and pan (drag, wheel) of the picture in
 * `viewport`, by rewriting its SVG's viewBox. The view outlives the picture: `show` puts a
 * new SVG under the same view, so a redraw never moves what the user looks at.
 */
export class ZoomPan {
    private svg: SVGSVGElement | undefined;
    private picture: Box | undefined;
    /** The scale at which the picture's touchpoint text is readable (see readable-scale.ts). */
    private readable = 0;
    private drag: Drag | undefined;
    /** Set when the last press was a drag, so the click that ends it selects nothing. */
    private dragged = false;

    constructor(
        private readonly viewport: HTMLElement,
        private view: ViewState | undefined,
        private readonly changed: (view: ViewState) => void
    ) {
        viewport.addEventListener('wheel', event => this.wheel(event), { passive: false });
        viewport.addEventListener('pointerdown', event => this.press(event));
        viewport.addEventListener('pointermove', event => this.move(event));
        viewport.addEventListener('pointerup', () => this.release());
        viewport.addEventListener('pointercancel', () => this.release());
        new ResizeObserver(() => this.apply()).observe(viewport);
    }

    /** The picture to show under the current view (the opening view when there is none yet, or while fitting). */
    show(svg: SVGSVGElement, picture: Box, readable: number): void {
        this.svg = svg;
        this.picture = picture;
        this.readable = readable;
        svg.setAttribute('width', '100%');
        svg.setAttribute('height', '100%');
        this.apply();
    }

    /** Forgets the view: the next picture opens readable. */
    reset(): void {
        this.view = undefined;
    }

    zoomIn(): void {
        this.update(view => zoomAt(view, STEP));
    }

    zoomOut(): void {
        this.update(view => zoomAt(view, 1 / STEP));
    }

    fit(): void {
        if (this.picture !== undefined) {
            this.set(fitView(this.picture, this.size()));
        }
    }

    /** Brings `box` (diagram units) into view without changing the zoom. */
    reveal(box: Box): void {
        this.update(view => revealBox(view, this.size(), box));
    }

    /** True once after a press that panned: the click it ends is not a selection. */
    consumeDrag(): boolean {
        const dragged = this.dragged;
        this.dragged = false;
        return dragged;
    }

    private wheel(event: WheelEvent): void {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
            // A trackpad pinch arrives as a wheel with ctrlKey, in finer steps.
            const rect = this.viewport.getBoundingClientRect();
            const offset = { x: event.clientX - rect.left - rect.width / 2, y: event.clientY - rect.top - rect.height / 2 };
            this.update(view => zoomAt(view, Math.exp(-event.deltaY * 0.0025), offset));
        } else {
            this.update(view => panBy(view, -event.deltaX, -event.deltaY));
        }
    }

    private press(event: PointerEvent): void {
        if (event.button === 0) {
            this.drag = new Drag({ id: event.pointerId, x: event.clientX, y: event.clientY });
            this.dragged = false;
        }
    }

    private move(event: PointerEvent): void {
        const step = this.drag?.move({ id: event.pointerId, x: event.clientX, y: event.clientY });
        if (step === undefined) {
            return;
        }
        if (step.started) {
            this.viewport.setPointerCapture(event.pointerId);
            this.viewport.classList.add('cjm-dragging');
        }
        this.update(view => panBy(view, step.dx, step.dy));
    }

    private release(): void {
        this.dragged = this.drag?.moved ?? false;
        this.drag = undefined;
        this.viewport.classList.remove('cjm-dragging');
    }

    private update(next: (view: ViewState) => ViewState): void {
        const view = this.current();
        if (view !== undefined) {
            this.set(next(view));
        }
    }

    private current(): ViewState | undefined {
        if (this.view === undefined && this.picture !== undefined) {
            this.view = openingView(this.picture, this.size(), this.readable);
        }
        return this.view;
    }

    private set(view: ViewState): void {
        this.view = view;
        this.render();
        this.changed(view);
    }

    /** Computes the view again while fitting (the picture or the viewport changed size), then draws. */
    private apply(): void {
        if (this.picture === undefined || this.size().width === 0) {
            return;
        }
        if (this.view === undefined || (this.view.fit && this.view.readable === true)) {
            this.set(openingView(this.picture, this.size(), this.readable));
        } else if (this.view.fit) {
            this.set(fitView(this.picture, this.size()));
        } else {
            this.render();
        }
    }

    private render(): void {
        if (this.svg !== undefined && this.view !== undefined) {
            this.svg.setAttribute('viewBox', viewBoxAttribute(viewBoxOf(this.view, this.size())));
            this.viewport.dataset.cjmScale = String(+this.view.scale.toFixed(4));
        }
    }

    private size(): { width: number; height: number } {
        return { width: this.viewport.clientWidth, height: this.viewport.clientHeight };
    }
}
