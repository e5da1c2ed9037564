/** A press that moves less than this (screen pixels) is a click on an element, not a drag. */
export const CLICK_SLOP = 4;

/** Where one pointer is, in screen pixels. */
export interface PointerAt {
    id: number;
    x: number;
    y: number;
}

/**
 * One pointer from press to release, as the pictures' zoom and pan read it: a press that
 * wobbles less than CLICK_SLOP stays a click; past it, every move is a pan by what the
 * pointer moved since the last one. Pure, so the preview, the site and the HTML page share it.
 */
export class Drag {
    /** Whether the press has become a pan (the click that ends it then selects nothing). */
    moved = false;
    private last: PointerAt;

    constructor(press: PointerAt) {
        this.last = press;
    }

    /** The pan since the last move (`started` on the first), or undefined while still a click or for another pointer. */
    move(to: PointerAt): { dx: number; dy: number; started: boolean } | undefined {
        const dx = to.x - this.last.x;
        const dy = to.y - this.last.y;
        if (to.id !== this.last.id || (!this.moved && Math.hypot(dx, dy) < CLICK_SLOP)) {
            return undefined;
        }
        const started = !this.moved;
        this.moved = true;
        this.last = to;
        return { dx, dy, started };
    }
}
