/**
 * The ELK engine the layout calls: elkjs's `layout()`, whichever build the caller loaded
 * (elk-node.ts in Node; a browser bundle imports `elkjs/lib/elk.bundled.js` itself).
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api.js';

export interface ElkEngine {
    layout(graph: ElkNode): Promise<ElkNode>;
}
