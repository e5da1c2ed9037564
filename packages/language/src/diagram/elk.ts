/**
 * The ELK engine, loaded on first use so that linting never pays for it. The bundled build
 * runs in Node and in a browser alike (no worker file to ship).
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';

export interface ElkEngine {
    layout(graph: ElkNode): Promise<ElkNode>;
}

let engine: Promise<ElkEngine> | undefined;

export function loadElk(): Promise<ElkEngine> {
    engine ??= import('elkjs/lib/elk.bundled.js').then(module => {
        const ELK = (module.default ?? module) as unknown as new () => ElkEngine;
        return new ELK();
    });
    return engine;
}
