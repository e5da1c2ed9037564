import { describe, expect, it } from 'vitest';
import { CLICK_SLOP, Drag } from '../../src/diagram/drag.js';

describe('a press of the pointer on a picture', () => {
    it('stays a click while it wobbles less than the click slop', () => {
        const drag = new Drag({ id: 1, x: 100, y: 100 });
        expect(drag.move({ id: 1, x: 102, y: 101 })).toBeUndefined();
        expect(drag.moved).toBe(false);
    });

    it('becomes a pan past it, then pans by each move since the last', () => {
        const drag = new Drag({ id: 1, x: 100, y: 100 });
        expect(drag.move({ id: 1, x: 100 + CLICK_SLOP, y: 100 })).toEqual({ dx: CLICK_SLOP, dy: 0, started: true });
        expect(drag.move({ id: 1, x: 105, y: 110 })).toEqual({ dx: 1, dy: 10, started: false });
        expect(drag.move({ id: 1, x: 105, y: 111 })).toEqual({ dx: 0, dy: 1, started: false });
        expect(drag.moved).toBe(true);
    });

    it('leaves the moves of another pointer alone', () => {
        const drag = new Drag({ id: 1, x: 0, y: 0 });
        expect(drag.move({ id: 2, x: 50, y: 50 })).toBeUndefined();
        expect(drag.moved).toBe(false);
    });
});
