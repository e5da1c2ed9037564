/**
 * The stage layouts one command run draws with: ELK on this thread and, once a call brings
 * `threadFrom` stages or more, on a worker thread too (both cores); or, for a run that has
 * more than layouts to do on this thread (the site's pages), ELK on two worker threads
 * only. The user's layout cache unless --no-cache. `cjm render` and `cjm site` take theirs from here.
 */
import { loadElk, splitEngine, StageLayouts } from '@cjm/language';
import { elkInThread } from './elk-thread-engine.js';
import { LayoutCache, layoutCacheFolder } from './layout-cache.js';

export interface RunLayoutsOptions {
    /** False with --no-cache. */
    cache: boolean;
    /** Stages one call must bring before the second thread shares them. */
    threadFrom: number;
    /** ELK in two worker threads, none on this one. */
    workersOnly?: boolean;
}

export function runLayouts(options: RunLayoutsOptions): StageLayouts {
    return new StageLayouts(() => splitEngine(options.workersOnly === true ? elkInThread() : loadElk(), elkInThread, options.threadFrom), undefined,
        options.cache ? new LayoutCache(layoutCacheFolder()) : undefined);
}
