/**
 * Routes of flows from one stage to the next. A flow leaves its stage on an exit track
 * below the stage's graph, runs up or down its own vertical in the gap between the two
 * stages, and enters on an entry track above the target's graph. Each vertical belongs to
 * one flow, so no two routes run on top of each other; gaps widen to hold them. Flows that
 * skip stages or go back are connector pairs (flow-kinds.ts) and need no route here.
 */
import type { Point } from './diagram-layout.js';
import { tidy } from './geometry.js';
import { ROUTE_STEP } from './layout-stage.js';

/** A flow to the next stage by its index among the journey's cross-stage flows. */
export interface StageHop {
    index: number;
    /** Index of the source stage; the target is the next one. */
    from: number;
}

export interface RoutePlan {
    /** Width of gap g, left of stage g (gap `stageCount` is right of the last stage). */
    gapWidths: number[];
    /** Slot of each flow's vertical in the gap right of its source stage. */
    slot: Map<number, number>;
    /** Verticals per gap, to centre them. */
    slots: number[];
}

/** `stageGap` is the least gap between stages, `leftGap` the least before the first one. */
export function planRoutes(stageCount: number, hops: readonly StageHop[], stageGap: number, leftGap: number): RoutePlan {
    const slots = new Array<number>(stageCount + 1).fill(0);
    const slot = new Map(hops.map(hop => [hop.index, slots[hop.from + 1]++]));
    const gapWidths = slots.map((count, gap) => {
        const needed = count === 0 ? 0 : (count + 1) * ROUTE_STEP;
        return gap === 0 ? Math.max(leftGap, needed) : gap === stageCount ? needed : Math.max(stageGap, needed);
    });
    return { gapWidths, slot, slots };
}

/** x of a slot in a gap starting at `gapX`: the gap's verticals are centred in it. */
export function slotX(plan: RoutePlan, gap: number, gapX: number, slot: number): number {
    const count = plan.slots[gap];
    return gapX + (plan.gapWidths[gap] - (count - 1) * ROUTE_STEP) / 2 + slot * ROUTE_STEP;
}

/** Joins a flow's exit (ending on its exit track) and entry (starting on its entry track), both absolute, at `x` in the gap. */
export function joinRoute(exit: readonly Point[], entry: readonly Point[], x: number): Point[] {
    const out = exit[exit.length - 1];
    const into = entry[0];
    return tidy([...exit, { x, y: out.y }, { x, y: into.y }, ...entry]);
}
