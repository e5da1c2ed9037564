/**
 * Predicates over axis-parallel rects and points for the geometry tests: the layout's own
 * numbers (exact) and the SVG's (written with 2 decimals) use them with their tolerance.
 */
export interface XY {
    x: number;
    y: number;
}

export interface Box extends XY {
    width: number;
    height: number;
}

export function inside(inner: Box, outer: Box, tolerance: number): boolean {
    return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance
        && inner.x + inner.width <= outer.x + outer.width + tolerance && inner.y + inner.height <= outer.y + outer.height + tolerance;
}

export function overlap(a: Box, b: Box, tolerance: number): boolean {
    return a.x < b.x + b.width - tolerance && b.x < a.x + a.width - tolerance
        && a.y < b.y + b.height - tolerance && b.y < a.y + a.height - tolerance;
}

export function onBorder(p: XY, r: Box, tolerance: number): boolean {
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= tolerance;
    const withinX = p.x >= r.x - tolerance && p.x <= r.x + r.width + tolerance;
    const withinY = p.y >= r.y - tolerance && p.y <= r.y + r.height + tolerance;
    return ((near(p.x, r.x) || near(p.x, r.x + r.width)) && withinY) || ((near(p.y, r.y) || near(p.y, r.y + r.height)) && withinX);
}

/** Whether the axis-parallel segment a-b passes through the inside of r. */
export function crosses(a: XY, b: XY, r: Box, tolerance: number): boolean {
    const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    return x1 < r.x + r.width - tolerance && x2 > r.x + tolerance && y1 < r.y + r.height - tolerance && y2 > r.y + tolerance;
}
