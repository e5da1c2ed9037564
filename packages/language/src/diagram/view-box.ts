/**
 * Zoom and pan as pure arithmetic on a `ViewState`, for every place a reader zooms a picture
 * (the editor's preview, the site's pages, the HTML page): each turns the state into the
 * SVG's viewBox, so the drawing stays vector-sharp at any zoom and a redraw only needs the
 * same state applied to the new picture.
 */

/**
 * What the reader sees of a picture. While `fit` holds (until the reader zooms or pans) the
 * view is computed again whenever the picture or the viewport changes size: the opening
 * view, readable (`readable`), or the whole picture (a Fit button).
 */
export interface ViewState {
    fit: boolean;
    readable?: boolean;
    /** Screen pixels per diagram unit. */
    scale: number;
    /** The diagram point at the viewport's centre. */
    cx: number;
    cy: number;
}

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface Size {
    width: number;
    height: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 20;
/** Screen pixels kept free around a fitted picture or a revealed element. */
export const MARGIN = 16;

export function clampScale(scale: number): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The whole picture, centred, as large as fits (it may grow past 100%: small journeys stay readable). */
export function fitView(picture: Box, viewport: Size): ViewState {
    const scale = clampScale(Math.min(
        (viewport.width - 2 * MARGIN) / picture.width,
        (viewport.height - 2 * MARGIN) / picture.height
    ));
    return { fit: true, scale, cx: picture.x + picture.width / 2, cy: picture.y + picture.height / 2 };
}

/**
 * The picture fitted to the viewport's width, its top at the top (a journey reads left to
 * right, and a page shows the picture beside its text).
 */
export function fitWidth(picture: Box, viewport: Size): ViewState {
    const scale = clampScale(viewport.width / picture.width);
    return { fit: true, scale, cx: picture.x + picture.width / 2, cy: picture.y + viewport.height / scale / 2 };
}

/**
 * The view a picture opens at: the whole picture when that is readable (a diagram unit at
 * `readable` screen pixels or more), else fitted to the width when that is, else at
 * `readable`; the picture's top (its title and brief) at the top and, when it is wider
 * than the viewport, its start at the left, the rest a pan away.
 */
export function openingView(picture: Box, viewport: Size, readable: number): ViewState {
    const whole = fitView(picture, viewport);
    if (whole.scale >= readable) {
        return { ...whole, readable: true };
    }
    const width = (viewport.width - 2 * MARGIN) / picture.width;
    const scale = clampScale(Math.max(width, readable));
    const cx = width >= readable ? picture.x + picture.width / 2 : picture.x - MARGIN / scale + viewport.width / (2 * scale);
    const cy = picture.y - MARGIN / scale + viewport.height / (2 * scale);
    return { fit: true, readable: true, scale, cx, cy };
}

/** The diagram area the viewport shows: the SVG's viewBox. */
export function viewBoxOf(view: ViewState, viewport: Size): Box {
    const width = viewport.width / view.scale;
    const height = viewport.height / view.scale;
    return { x: view.cx - width / 2, y: view.cy - height / 2, width, height };
}

/**
 * Zooms by `factor`, keeping the diagram point under `offset` (screen pixels from the
 * viewport's centre) in place.
 */
export function zoomAt(view: ViewState, factor: number, offset: { x: number; y: number } = { x: 0, y: 0 }): ViewState {
    const scale = clampScale(view.scale * factor);
    return {
        fit: false,
        scale,
        cx: view.cx + offset.x / view.scale - offset.x / scale,
        cy: view.cy + offset.y / view.scale - offset.y / scale
    };
}

/** Moves the picture by (dx, dy) screen pixels, as a drag does. */
export function panBy(view: ViewState, dx: number, dy: number): ViewState {
    return { fit: false, scale: view.scale, cx: view.cx - dx / view.scale, cy: view.cy - dy / view.scale };
}

/**
 * The view that shows `box` (diagram units) at the same zoom: unchanged when the box is
 * already in view, otherwise moved just enough on each axis (centred on an axis where
 * the box is larger than the viewport).
 */
export function revealBox(view: ViewState, viewport: Size, box: Box): ViewState {
    const visible = viewBoxOf(view, viewport);
    const margin = MARGIN / view.scale;
    const cx = view.cx + shift(visible.x + margin, visible.width - 2 * margin, box.x, box.width);
    const cy = view.cy + shift(visible.y + margin, visible.height - 2 * margin, box.y, box.height);
    return cx === view.cx && cy === view.cy ? view : { ...view, fit: false, cx, cy };
}

/** How far the window [start, start + length] must move to hold [from, from + size]. */
function shift(start: number, length: number, from: number, size: number): number {
    if (size > length) {
        return from + size / 2 - (start + length / 2);
    }
    if (from < start) {
        return from - start;
    }
    return Math.max(0, from + size - (start + length));
}

/** The viewBox attribute's text, rounded so it stays short and stable. */
export function viewBoxAttribute(box: Box): string {
    return [box.x, box.y, box.width, box.height].map(value => +value.toFixed(3)).join(' ');
}

/** A `viewBox` attribute's box, or undefined when it is missing or malformed. */
export function parseViewBox(text: string | null): Box | undefined {
    const values = (text ?? '').trim().split(/[\s,]+/).map(Number);
    if (values.length !== 4 || values.some(value => !Number.isFinite(value)) || values[2] <= 0 || values[3] <= 0) {
        return undefined;
    }
    const [x, y, width, height] = values;
    return { x, y, width, height };
}
