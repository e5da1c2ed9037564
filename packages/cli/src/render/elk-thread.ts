/**
 * The worker thread's script for elk-thread-engine.ts: one ELK engine, laying out each
 * graph it is sent and answering with its id.
 */
import { parentPort } from 'node:worker_threads';
import { loadElk, type ElkNode } from '@cjm/language';

const elk = loadElk();
parentPort!.on('message', (request: { id: number; graph: ElkNode }) => {
    elk.layout(request.graph).then(
        result => parentPort!.postMessage({ id: request.id, result }),
        (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })
    );
});
