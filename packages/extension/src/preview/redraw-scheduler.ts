import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver-protocol';

/**
 * Debounces redraws and cancels stale ones: every `schedule` cancels the draw that is
 * waiting or running, so only the newest text is drawn and typing never waits on a
 * picture. `draw` must not reject; it checks its token after each await.
 */
export class RedrawScheduler {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private running: CancellationTokenSource | undefined;

    constructor(private readonly draw: (token: CancellationToken) => Promise<void>) {}

    /** Draws once `delay` ms pass without another call. */
    schedule(delay: number): void {
        this.cancel();
        this.timer = setTimeout(() => this.run(), Math.max(0, delay));
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
