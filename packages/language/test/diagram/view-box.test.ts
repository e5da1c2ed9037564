import { describe, expect, it } from 'vitest';
import { fitView, MARGIN, MAX_SCALE, openingView, panBy, parseViewBox, revealBox, viewBoxAttribute, viewBoxOf, zoomAt } from '../../src/diagram/view-box.js';

const PICTURE = { x: 0, y: 0, width: 3000, height: 700 };
const VIEWPORT = { width: 1000, height: 600 };

describe('view-box', () => {
    it('fits the whole picture, centred, within the margin', () => {
        const view = fitView(PICTURE, VIEWPORT);
        expect(view).toEqual({ fit: true, scale: (1000 - 2 * MARGIN) / 3000, cx: 1500, cy: 350 });
        const box = viewBoxOf(view, VIEWPORT);
        expect(box.x).toBeLessThan(0);
        expect(box.x + box.width).toBeGreaterThan(3000);
        expect(box.y).toBeLessThan(0);
    });

    it('opens the whole picture when it is readable so', () => {
        expect(openingView(PICTURE, VIEWPORT, 0.2)).toEqual({ ...fitView(PICTURE, VIEWPORT), readable: true });
    });

    it('opens a wide picture fitted to its width when that is readable, its top at the top', () => {
        const view = openingView({ x: 0, y: 0, width: 1200, height: 4000 }, VIEWPORT, 0.5);
        expect(view.scale).toBeCloseTo((1000 - 2 * MARGIN) / 1200);
        const box = viewBoxOf(view, VIEWPORT);
        expect(box.y).toBeCloseTo(-MARGIN / view.scale);
        expect(box.x + box.width / 2).toBeCloseTo(600);
    });

    it('opens a picture too large for that at the readable scale, at its top left corner', () => {
        const view = openingView(PICTURE, VIEWPORT, 0.9);
        expect(view).toMatchObject({ fit: true, readable: true, scale: 0.9 });
        const box = viewBoxOf(view, VIEWPORT);
        expect(box.x).toBeCloseTo(-MARGIN / 0.9);
        expect(box.y).toBeCloseTo(-MARGIN / 0.9);
    });

    it('never zooms past the limits, even to fit a tiny picture', () => {
        expect(fitView({ x: 0, y: 0, width: 1, height: 1 }, VIEWPORT).scale).toBe(MAX_SCALE);
        expect(zoomAt({ fit: false, scale: MAX_SCALE, cx: 0, cy: 0 }, 2).scale).toBe(MAX_SCALE);
    });

    it('keeps the point under the pointer in place while zooming', () => {
        const view = { fit: true, scale: 0.5, cx: 1500, cy: 350 };
        const offset = { x: 200, y: -100 };
        const pointBefore = { x: view.cx + offset.x / view.scale, y: view.cy + offset.y / view.scale };
        const zoomed = zoomAt(view, 2, offset);
        expect(zoomed.fit).toBe(false);
        expect(zoomed.scale).toBe(1);
        expect(zoomed.cx + offset.x / zoomed.scale).toBeCloseTo(pointBefore.x);
        expect(zoomed.cy + offset.y / zoomed.scale).toBeCloseTo(pointBefore.y);
    });

    it('pans with the pointer: the picture follows the drag', () => {
        expect(panBy({ fit: true, scale: 2, cx: 100, cy: 100 }, 40, -20)).toEqual({ fit: false, scale: 2, cx: 80, cy: 110 });
    });

    it('leaves the view alone when the element is already in view', () => {
        const view = { fit: false, scale: 1, cx: 500, cy: 300 };
        expect(revealBox(view, VIEWPORT, { x: 100, y: 100, width: 200, height: 80 })).toBe(view);
    });

    it('moves just enough to bring an element into view, at the same zoom', () => {
        const view = { fit: true, scale: 1, cx: 500, cy: 300 };
        const moved = revealBox(view, VIEWPORT, { x: 1200, y: 100, width: 200, height: 80 });
        expect(moved.scale).toBe(1);
        expect(moved.fit).toBe(false);
        expect(moved.cy).toBe(300);
        const box = viewBoxOf(moved, VIEWPORT);
        expect(box.x + box.width - MARGIN).toBeCloseTo(1400);
    });

    it('centres an element larger than the viewport', () => {
        const moved = revealBox({ fit: false, scale: 1, cx: 0, cy: 0 }, VIEWPORT, { x: 2000, y: 0, width: 2000, height: 100 });
        expect(moved.cx).toBe(3000);
    });

    it('reads and writes viewBox attributes', () => {
        expect(parseViewBox('0 0 3148 727.44')).toEqual({ x: 0, y: 0, width: 3148, height: 727.44 });
        expect(parseViewBox('0,0, 10 ,20')).toEqual({ x: 0, y: 0, width: 10, height: 20 });
        expect(parseViewBox(null)).toBeUndefined();
        expect(parseViewBox('0 0 0 10')).toBeUndefined();
        expect(parseViewBox('0 0 ten 10')).toBeUndefined();
        expect(viewBoxAttribute({ x: -1 / 3, y: 0, width: 1000.00049, height: 2 })).toBe('-0.333 0 1000 2');
    });
});
