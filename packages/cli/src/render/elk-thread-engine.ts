/**
 * An ELK engine in a worker thread (elk-thread.ts), so that a large journey's stages are
 * laid out on both cores (splitEngine). The thread holds the process open only while it
 * has a graph to lay out.
 */
import { Worker } from 'node:worker_threads';
import type { ElkEngine, ElkNode } from '@cjm/language';

/**
 * Where the script lies, relative to this module once bundled: scripts/bundle.mjs builds it
 * as its own entry and defines this from the folder it writes chunks into. Unbundled (tsc's
 * out/), the script is this module's sibling.
 */
declare const CJM_ELK_THREAD_FROM_CHUNK: string | undefined;

type Answer = { id: number; result: ElkNode } | { id: number; error: string };

export function elkInThread(): ElkEngine {
    const script = new URL(typeof CJM_ELK_THREAD_FROM_CHUNK === 'string' ? CJM_ELK_THREAD_FROM_CHUNK : './elk-thread.js', import.meta.url);
    const worker = new Worker(script);
    worker.unref();
    const waiting = new Map<number, { resolve: (node: ElkNode) => void; reject: (error: Error) => void }>();
    let next = 0;
    const settle = (): void => {
        if (waiting.size === 0) {
            worker.unref();
        }
    };
    worker.on('message', (answer: Answer) => {
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
        layout: graph => new Promise<ElkNode>((resolve, reject) => {
            const id = next++;
            waiting.set(id, { resolve, reject });
            worker.ref();
            worker.postMessage({ id, graph });
        })
    };
}
