/**
 * An ELK engine in a worker thread (elk-thread.ts), so that a large journey's stages are
 * laid out on both cores (splitEngine).
 */
import type { ElkEngine, ElkNode } from '@cjm/language';
import { threadClient } from './thread-client.js';

/**
 * Where the script lies, relative to this module once bundled: scripts/bundle.mjs builds it
 * as its own entry and defines this from the folder it writes chunks into. Unbundled (tsc's
 * out/), the script is this module's sibling.
 */
declare const CJM_ELK_THREAD_FROM_CHUNK: string | undefined;

export function elkInThread(): ElkEngine {
    const thread = threadClient<ElkNode, ElkNode>(new URL(typeof CJM_ELK_THREAD_FROM_CHUNK === 'string' ? CJM_ELK_THREAD_FROM_CHUNK : './elk-thread.js', import.meta.url));
    return { layout: graph => thread.ask(graph) };
}
