/**
 * Requests to the webview that wait for an answer by id (the PNG rasterisations): each
 * settles once, with the answer, an error, or a timeout when the webview never answers.
 */
export class PendingAnswers<T> {
    private readonly pending = new Map<number, { resolve(answer: T): void; reject(error: Error): void }>();
    private nextId = 1;

    constructor(private readonly timeoutMs: number) {}

    /** Calls `send` with a fresh id; resolves with `answer(id, …)`. */
    ask(send: (id: number) => void): Promise<T> {
        const id = this.nextId++;
        return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => settle(() => reject(new Error('the preview did not answer'))), this.timeoutMs);
            const settle = (finish: () => void) => {
                clearTimeout(timer);
                this.pending.delete(id);
                finish();
            };
            this.pending.set(id, { resolve: answer => settle(() => resolve(answer)), reject: error => settle(() => reject(error)) });
            send(id);
        });
    }

    answer(id: number, answer: T): void {
        this.pending.get(id)?.resolve(answer);
    }

    fail(id: number, error: Error): void {
        this.pending.get(id)?.reject(error);
    }

    failAll(error: Error): void {
        [...this.pending.values()].forEach(pending => pending.reject(error));
    }
}
