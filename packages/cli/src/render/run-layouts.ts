/**
 * The stage layouts one `cjm render` run draws with: ELK on this thread and, once a call
 * brings `threadFrom` stages or more, on a worker thread too (both cores); the user's
 * layout cache unless --no-cache.
 */
import { loadElk, splitEngine, StageLayouts } from '@cjm/language';
import { elkInThread } from './elk-thread-engine.js';
import { LayoutCache, layoutCacheFolder } from './layout-cache.js';

export interface RunLayoutsOptions {
    /** False with --no-cache. */
    cache: boolean;
    /** Stages one call must bring before the second thread shares them. */
    threadFrom: number;
}

export function runLayouts(options: RunLayoutsOptions): StageLayouts {
    return new StageLayouts(() => splitEngine(loadElk(), elkInThread, options.threadFrom), undefined,
        options.cache ? new LayoutCache(layoutCacheFolder()) : undefined);
}
