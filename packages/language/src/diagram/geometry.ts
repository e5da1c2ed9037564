/** Small helpers over points and polylines shared by the layout steps. */
import type { Point } from './diagram-layout.js';

/** Drops repeated points and the middle points of straight runs. */
export function tidy(points: readonly Point[]): Point[] {
    const out: Point[] = [];
    for (const p of points) {
        const last = out[out.length - 1];
        if (last && last.x === p.x && last.y === p.y) {
            continue;
        }
        const before = out[out.length - 2];
        if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
            out[out.length - 1] = p;
        } else {
            out.push(p);
        }
    }
    return out;
}

export function shift<T extends Point>(item: T, dx: number, dy: number): T {
    return { ...item, x: item.x + dx, y: item.y + dy };
}

/** An orthogonal polyline from `a` to `b`: straight when aligned, else a dog-leg at `midX`. */
export function dogLeg(a: Point, b: Point, midX: number): Point[] {
    return a.y === b.y ? [a, b] : [a, { x: midX, y: a.y }, { x: midX, y: b.y }, b];
}
