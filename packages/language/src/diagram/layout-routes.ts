/**
 * Routes of flows between stages. A flow leaves its stage on an exit track below the
 * stage's graph, runs down or up a vertical track in the gap right of that stage and, when
 * the target stage is not the next one, along a track in the band under all stages and up
 * the gap left of the target stage, then enters on an entry track above the target's graph.
 * Every vertical and band track belongs to one flow, so no two routes run on top of each
 * other; gaps widen to hold their tracks.
 */
import type { Point } from './diagram-layout.js';
import { tidy } from './geometry.js';
import { ROUTE_STEP } from './layout-stage.js';

/** A cross-stage flow by the indices of its source and target stages. */
export interface StageHop {
    index: number;
    from: number;
    to: number;
}

export interface RoutePlan {
    /** Width of gap g, left of stage g (gap `stageCount` is right of the last stage). */
    gapWidths: number[];
    /** Slot of each flow's vertical in the gap it leaves by and the gap it enters by. */
    exitSlot: Map<number, number>;
    entrySlot: Map<number, number>;
    /** Track under the stages for flows that skip stages or go back, by flow index. */
    bandTrack: Map<number, number>;
    bandTracks: number;
    /** Verticals per gap, to centre them. */
    slots: number[];
}

/** `stageGap` is the least gap between stages, `leftGap` the least before the first one. */
export function planRoutes(stageCount: number, hops: readonly StageHop[], stageGap: number, leftGap: number): RoutePlan {
    const slots = new Array<number>(stageCount + 1).fill(0);
    const exitSlot = new Map<number, number>();
    const entrySlot = new Map<number, number>();
    const bandTrack = new Map<number, number>();
    for (const hop of hops) {
        const slot = slots[hop.from + 1]++;
        exitSlot.set(hop.index, slot);
        if (hop.to === hop.from + 1) {
            entrySlot.set(hop.index, slot);
        } else {
            entrySlot.set(hop.index, slots[hop.to]++);
            bandTrack.set(hop.index, bandTrack.size);
        }
    }
    const gapWidths = slots.map((count, gap) => {
        const needed = count === 0 ? 0 : (count + 1) * ROUTE_STEP;
        return gap === 0 ? Math.max(leftGap, needed) : gap === stageCount ? needed : Math.max(stageGap, needed);
    });
    return { gapWidths, exitSlot, entrySlot, bandTrack, bandTracks: bandTrack.size, slots };
}

/** x of a slot in a gap starting at `gapX`: the gap's verticals are centred in it. */
export function slotX(plan: RoutePlan, gap: number, gapX: number, slot: number): number {
    const count = plan.slots[gap];
    return gapX + (plan.gapWidths[gap] - (count - 1) * ROUTE_STEP) / 2 + slot * ROUTE_STEP;
}

/**
 * Joins a flow's exit (ending on its exit track) and entry (starting on its entry track),
 * both absolute, through `exitX` (gap right of the source stage), and for a band route
 * `bandY` and `entryX` (gap left of the target stage).
 */
export function joinRoute(exit: readonly Point[], entry: readonly Point[], exitX: number, band?: { y: number; entryX: number }): Point[] {
    const out = exit[exit.length - 1];
    const into = entry[0];
    const middle = band === undefined
        ? [{ x: exitX, y: out.y }, { x: exitX, y: into.y }]
        : [{ x: exitX, y: out.y }, { x: exitX, y: band.y }, { x: band.entryX, y: band.y }, { x: band.entryX, y: into.y }];
    return tidy([...exit, ...middle, ...entry]);
}
