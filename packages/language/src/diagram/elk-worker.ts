import type { ElkEngine } from './elk-engine.js';

/**
 * elkjs's bundled build in a Web Worker, loaded on the first layout. Loading it in a
 * worker sets `self.onmessage` to ELK's own dispatcher (it takes the worker for one it
 * was started in), which would swallow the language server's messages: the handler the
 * connection set is put back before any message can arrive.
 */
export function loadElkInWorker(): ElkEngine {
    let engine: Promise<ElkEngine> | undefined;
    return { layout: async graph => (await (engine ??= load())).layout(graph) };
}

async function load(): Promise<ElkEngine> {
    const scope = globalThis as { onmessage?: unknown };
    const handler = scope.onmessage;
    try {
        const { default: elk } = await import('elkjs/lib/elk.bundled.js');
        // The class is also its own `default`: that is where TypeScript looks for it in a CommonJS module.
        return new elk.default();
    } finally {
        scope.onmessage = handler;
    }
}
