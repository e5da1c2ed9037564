/**
 * Requests to a worker thread, answered by id: the thread holds the process open only
 * while it has something to answer, so a command ends when its work does.
 */
import { Worker } from 'node:worker_threads';

type Answer<T> = { id: number; result: T } | { id: number; error: string };

export interface ThreadClient<Q, A> {
    ask(request: Q): Promise<A>;
    /** Requests sent and not answered yet. */
    readonly waiting: number;
}

export function threadClient<Q, A>(script: URL, workerData?: unknown): ThreadClient<Q, A> {
    const worker = new Worker(script, { workerData });
    worker.unref();
    const waiting = new Map<number, { resolve: (answer: A) => void; reject: (error: Error) => void }>();
    let next = 0;
    const settle = (): void => {
        if (waiting.size === 0) {
            worker.unref();
        }
    };
    worker.on('message', (answer: Answer<A>) => {
        const pending = waiting.get(answer.id)!;
        waiting.delete(answer.id);
        settle();
        if ('error' in answer) {
            pending.reject(new Error(answer.error));
        } else {
            pending.resolve(answer.result);
        }
    });
    worker.on('error', error => {
        for (const pending of waiting.values()) {
            pending.reject(error);
        }
        waiting.clear();
        settle();
    });
    return {
        ask: request => new Promise<A>((resolve, reject) => {
            const id = next++;
            waiting.set(id, { resolve, reject });
            worker.ref();
            worker.postMessage({ id, request });
        }),
        get waiting() {
            return waiting.size;
        }
    };
}

/** The thread's side: answers each request with `answer`'s result, or the message of what it threw. */
export function answerRequests<Q, A>(port: import('node:worker_threads').MessagePort, answer: (request: Q) => Promise<A>): void {
    port.on('message', ({ id, request }: { id: number; request: Q }) => {
        answer(request).then(
            result => port.postMessage({ id, result }),
            (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
        );
    });
}
