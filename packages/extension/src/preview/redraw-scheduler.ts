import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver-protocol';

/**
 * Debounces redraws on both edges and cancels stale ones. The first change after a pause
 * draws at once (one keystroke, one immediate picture); changes that follow it within
 * `delay` wait until typing pauses for `delay`. Every `schedule` cancels the draw that is
 * waiting or running, so only the newest text is drawn and typing never waits on a
 * picture. `draw` must not reject; it checks its token after each await.
 */
export class RedrawScheduler {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private running: CancellationTokenSource | undefined;
    private lastChange = Number.NEGATIVE_INFINITY;

    constructor(private readonly draw: (token: CancellationToken) => Promise<void>) {}

    /** Draws now when the last call was `delay` ms ago or more, else once `delay` ms pass without another call. */
    schedule(delay: number): void {
        const now = Date.now();
        const quiet = this.timer === undefined && now - this.lastChange >= delay;
        this.lastChange = now;
        this.cancel();
        // Even "now" goes through a timer, so changes made in one task still draw once.
        this.timer = setTimeout(() => this.run(), quiet ? 0 : Math.max(0, delay));
    }

    cancel(): void {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.running?.cancel();
        this.running = undefined;
    }

    dispose(): void {
        this.cancel();
    }

    private run(): void {
        this.timer = undefined;
        const source = new CancellationTokenSource();
        this.running = source;
        const done = () => {
            if (this.running === source) {
                this.running = undefined;
            }
            source.dispose();
        };
        this.draw(source.token).then(done, done);
    }
}
