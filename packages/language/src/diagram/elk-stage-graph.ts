/**
 * A branching stage laid out by ELK (layered, DOWN, orthogonal routing): alternatives sit
 * side by side. Flows attach to fixed ports on the top and bottom centre of the box;
 * cross-stage flows use free ports on the stage graph's own bottom and top border.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api.js';
import type { FlowEdge, StageModel } from '../model/journey-model.js';
import type { ElkEngine } from './elk.js';
import { BOX_WIDTH } from './layout-boxes.js';
import type { GraphEntry, GraphExit, NodeSize, StageGraph } from './stage-graph.js';

const ELK_OPTIONS: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.randomSeed': '1',
    // One crossing-minimisation pass: a stage is small, and this is ELK's costliest step.
    'elk.layered.thoroughness': '1',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    // Keep declaration order where the layering allows it: the order the journey is read in.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.spacing.nodeNode': '24',
    'elk.layered.spacing.nodeNodeBetweenLayers': '32',
    'elk.spacing.edgeNode': '12',
    'elk.spacing.edgeEdge': '8',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]'
};

/** ELK ids are global strings: the NUL separator keeps them apart from any name. */
const nodeId = (touchpoint: string): string => `t\u0000${touchpoint}`;
const topPort = (touchpoint: string): string => `${touchpoint}\u0000n`;
const bottomPort = (touchpoint: string): string => `${touchpoint}\u0000s`;

export async function elkStageGraph(
    engine: ElkEngine, stage: StageModel, sizes: ReadonlyMap<string, NodeSize>, flows: readonly FlowEdge[],
    exits: readonly GraphExit[], entries: readonly GraphEntry[]
): Promise<StageGraph> {
    const port = (id: string, x: number, y: number, side: string): ElkPort =>
        ({ id, x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
    const children: ElkNode[] = stage.touchpoints.map(touchpoint => {
        const size = sizes.get(touchpoint.name)!;
        return {
            id: nodeId(touchpoint.name), width: size.width, height: size.height,
            layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
            ports: [port(topPort(touchpoint.name), BOX_WIDTH / 2, 0, 'NORTH'), port(bottomPort(touchpoint.name), BOX_WIDTH / 2, size.height, 'SOUTH')]
        };
    });
    const edges: ElkExtendedEdge[] = [
        ...flows.map((flow, i) => ({ id: `f${i}`, sources: [bottomPort(flow.from)], targets: [topPort(flow.to)] })),
        ...exits.map(exit => ({ id: exit.id, sources: [bottomPort(exit.from)], targets: [`${exit.id}\u0000p`] })),
        ...entries.map(entry => ({ id: entry.id, sources: [`${entry.id}\u0000p`], targets: [topPort(entry.to)] }))
    ];
    const ports: ElkPort[] = [
        ...exits.map(exit => ({ id: `${exit.id}\u0000p`, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } })),
        ...entries.map(entry => ({ id: `${entry.id}\u0000p`, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } }))
    ];
    const root = await engine.layout({
        id: '\u0000root', layoutOptions: ELK_OPTIONS,
        children: [{ id: '\u0000stage', layoutOptions: { ...ELK_OPTIONS, 'elk.portConstraints': 'FREE' }, ports, children, edges }]
    });
    const graph = root.children![0];
    const placed = new Map((graph.children ?? []).map(node => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
    const sections = new Map((graph.edges ?? []).map(edge => {
        const section = edge.sections![0];
        return [edge.id, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(p => ({ x: p.x, y: p.y }))];
    }));
    return {
        width: graph.width ?? 0, height: graph.height ?? 0, sections,
        nodes: new Map(stage.touchpoints.map(touchpoint => [touchpoint.name, placed.get(nodeId(touchpoint.name))!]))
    };
}
