/**
 * Journeys drawn in worker threads (draw-thread.ts), one per core: a command that draws
 * many pictures (`cjm site`) keeps its own thread for what it does with them, and the
 * pictures, ELK's layouts included, are drawn on both cores. Each request goes to the
 * thread with the fewest waiting.
 */
import { availableParallelism } from 'node:os';
import type { DiagramOptions, JourneyModel } from '@cjm/language';
import { threadClient, type ThreadClient } from './thread-client.js';

/** Where the script lies once bundled (as for elk-thread-engine.ts). */
declare const CJM_DRAW_THREAD_FROM_CHUNK: string | undefined;

export interface DrawRequest {
    model: JourneyModel;
    options: DiagramOptions;
}

export type DrawPicture = (model: JourneyModel, options: DiagramOptions) => Promise<string>;

export function drawInThreads(options: { cache: boolean }): DrawPicture {
    const script = new URL(typeof CJM_DRAW_THREAD_FROM_CHUNK === 'string' ? CJM_DRAW_THREAD_FROM_CHUNK : './draw-thread.js', import.meta.url);
    const threads: ThreadClient<DrawRequest, string>[] = [];
    // Two at least (the command's own thread has its work too), four at most: each thread holds its own ELK.
    const count = Math.min(4, Math.max(2, availableParallelism()));
    return (model, drawing) => {
        if (threads.length < count && threads.every(thread => thread.waiting > 0)) {
            threads.push(threadClient(script, { cache: options.cache }));
        }
        const idlest = threads.reduce((best, thread) => thread.waiting < best.waiting ? thread : best);
        return idlest.ask({ model, options: drawing });
    };
}
