/**
 * The worker thread's script for draw-threads.ts: draws each journey it is sent with the
 * renderer `cjm render` uses, laying its stages out with its own ELK and the user's layout
 * cache (unless the run said --no-cache).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadElk, renderJourneySvg, StageLayouts } from '@cjm/language';
import { LayoutCache, layoutCacheFolder } from './layout-cache.js';
import { answerRequests } from './thread-client.js';
import type { DrawRequest } from './draw-threads.js';

const layouts = new StageLayouts(loadElk, undefined, (workerData as { cache: boolean }).cache ? new LayoutCache(layoutCacheFolder()) : undefined);
answerRequests<DrawRequest, string>(parentPort!, ({ model, options }) => renderJourneySvg(model, layouts, options));
