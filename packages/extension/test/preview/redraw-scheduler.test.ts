import type { CancellationToken } from 'vscode-languageserver-protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RedrawScheduler } from '../../src/preview/redraw-scheduler.js';

describe('RedrawScheduler', () => {
    let draws: CancellationToken[];
    let finish: Array<() => void>;
    let scheduler: RedrawScheduler;

    beforeEach(() => {
        vi.useFakeTimers();
        draws = [];
        finish = [];
        scheduler = new RedrawScheduler(token => {
            draws.push(token);
            return new Promise<void>(resolve => finish.push(resolve));
        });
    });

    afterEach(() => {
        scheduler.dispose();
        vi.useRealTimers();
    });

    it('draws at once for the first change after a pause', () => {
        scheduler.schedule(150);
        expect(draws).toHaveLength(0);
        vi.advanceTimersByTime(0);
        expect(draws).toHaveLength(1);
    });

    it('draws the first keystroke of a burst at once, then once after the last', () => {
        for (let key = 0; key < 5; key++) {
            scheduler.schedule(150);
            vi.advanceTimersByTime(100);
        }
        expect(draws).toHaveLength(1);
        expect(draws[0].isCancellationRequested).toBe(true);
        vi.advanceTimersByTime(49);
        expect(draws).toHaveLength(1);
        vi.advanceTimersByTime(1);
        expect(draws).toHaveLength(2);
        expect(draws[1].isCancellationRequested).toBe(false);
    });

    it('draws changes made in one go once', () => {
        scheduler.schedule(150);
        scheduler.schedule(150);
        vi.advanceTimersByTime(150);
        expect(draws).toHaveLength(1);
    });

    it('draws at once again after the text rested for the delay', () => {
        scheduler.schedule(150);
        vi.advanceTimersByTime(150);
        scheduler.schedule(150);
        vi.advanceTimersByTime(0);
        expect(draws).toHaveLength(2);
    });

    it('cancels the running draw when the text changes again', () => {
        scheduler.schedule(0);
        vi.advanceTimersByTime(0);
        const stale = draws[0];
        expect(stale.isCancellationRequested).toBe(false);
        scheduler.schedule(150);
        expect(stale.isCancellationRequested).toBe(true);
        vi.advanceTimersByTime(150);
        expect(draws).toHaveLength(2);
        expect(draws[1].isCancellationRequested).toBe(false);
    });

    it('leaves a finished draw alone', async () => {
        scheduler.schedule(0);
        vi.advanceTimersByTime(0);
        finish[0]();
        await Promise.resolve();
        scheduler.schedule(150);
        expect(draws[0].isCancellationRequested).toBe(false);
    });

    it('draws nothing once disposed', () => {
        scheduler.schedule(150);
        scheduler.dispose();
        vi.advanceTimersByTime(1000);
        expect(draws).toHaveLength(0);
    });
});
