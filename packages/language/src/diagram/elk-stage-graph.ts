/**
 * A stage's graph as an ELK node, and the laid-out node read back (the seam is
 * stage-graph.ts). Layered, direction DOWN, orthogonal edges: branch arms sit side by
 * side and loops run beside the boxes. Each touchpoint has two ports at fixed places, the
 * middle of its box's bottom (flows out) and top (flows in): flows split and merge there,
 * and ELK orders them so that they do not cross (a port per flow, ordered before the
 * layout, crossed where ELK placed the other ends in another order). Flows to and from the
 * next stage end on ports of the graph's own bottom and top border, connector labels are
 * nodes of their own beside their touchpoint.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from './elk-engine.js';
import { BOX_WIDTH } from './layout-boxes.js';
import type { NodeSize, StageGraph, StageGraphInput } from './stage-graph.js';

const STAGE_OPTIONS: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.randomSeed': '1',
    'elk.portConstraints': 'FREE',
    // One crossing-minimisation pass: a stage is small, and ELK's first run in a process is
    // slow (its code is not compiled yet); more passes cost 15% more for no fewer crossings.
    'elk.layered.thoroughness': '1',
    // Keep declaration order where the flows allow it: the order the journey is read in.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // A cycle is broken at the flow that goes back in declaration order: that one is the loop.
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.spacing.nodeNode': '24',
    'elk.layered.spacing.nodeNodeBetweenLayers': '32',
    'elk.spacing.edgeNode': '12',
    'elk.spacing.edgeEdge': '8',
    'elk.layered.spacing.edgeNodeBetweenLayers': '12',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]'
};

type End = 's' | 't';
/** ELK ids are global in one call: `prefix` keeps stages apart, NUL keeps kinds apart from names. */
export function stageElkNode(input: StageGraphInput, prefix: string): ElkNode {
    const id = (local: string): string => `${prefix}\u0000${local}`;
    const nodeId = (name: string): string => id(`t\u0000${name}`);
    const labelId = (connector: string): string => id(`l\u0000${connector}`);
    const portId = (edge: string, end: End): string => id(`${edge}\u0000${end}`);
    const fixed = (side: 'NORTH' | 'SOUTH', x: number, y: number, edge: string, end: End): ElkPort =>
        ({ id: portId(edge, end), x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
    const touchpoint = ([name, size]: [string, NodeSize]): ElkNode => ({
        id: nodeId(name), width: size.width, height: size.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [fixed('NORTH', BOX_WIDTH / 2, 0, `n\u0000${name}`, 't'), fixed('SOUTH', BOX_WIDTH / 2, size.height, `n\u0000${name}`, 's')]
    });
    const label = (connector: StageGraphInput['connectors'][number]): ElkNode => ({
        id: labelId(connector.id), width: connector.size.width, height: connector.size.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [connector.end === 'source'
            ? fixed('NORTH', connector.size.width / 2, 0, connector.id, 't')
            : fixed('SOUTH', connector.size.width / 2, connector.size.height, connector.id, 's')]
    });
    // Model order: a target connector just before its touchpoint, a source connector just after.
    const children = input.nodes.flatMap(node => [
        ...input.connectors.filter(item => item.end === 'target' && item.touchpoint === node[0]).map(label),
        touchpoint(node),
        ...input.connectors.filter(item => item.end === 'source' && item.touchpoint === node[0]).map(label)
    ]);
    const edge = (local: string, from: string, to: string): ElkExtendedEdge => ({ id: id(local), sources: [from], targets: [to] });
    const out = (name: string): string => portId(`n\u0000${name}`, 's');
    const into = (name: string): string => portId(`n\u0000${name}`, 't');
    const edges = [
        ...input.flows.map(flow => edge(flow.id, out(flow.from), into(flow.to))),
        ...input.exits.map(exit => edge(exit.id, out(exit.from), portId(exit.id, 't'))),
        ...input.entries.map(entry => edge(entry.id, portId(entry.id, 's'), into(entry.to))),
        ...input.connectors.map(item => item.end === 'source'
            ? edge(item.id, out(item.touchpoint), portId(item.id, 't'))
            : edge(item.id, portId(item.id, 's'), into(item.touchpoint)))
    ];
    const border = (uses: readonly { id: string }[], side: 'NORTH' | 'SOUTH', end: End): ElkPort[] =>
        uses.map(item => ({ id: portId(item.id, end), width: 0, height: 0, layoutOptions: { 'elk.port.side': side } }));
    return {
        id: id('stage'), layoutOptions: STAGE_OPTIONS, children, edges,
        ports: [...border(input.exits, 'SOUTH', 't'), ...border(input.entries, 'NORTH', 's')]
    };
}

/** Reads a laid-out stage node back, by the local ids of `input`. */
export function readStageGraph(input: StageGraphInput, node: ElkNode, prefix: string): StageGraph {
    const local = (id: string): string => id.slice(prefix.length + 1);
    const placed = new Map((node.children ?? []).map(child => [local(child.id), { x: child.x ?? 0, y: child.y ?? 0 }]));
    const sections = new Map((node.edges ?? []).map(edge => {
        const section = edge.sections![0];
        return [local(edge.id), [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(p => ({ x: p.x, y: p.y }))];
    }));
    return {
        width: node.width ?? 0, height: node.height ?? 0, sections,
        nodes: new Map(input.nodes.map(([name]) => [name, placed.get(`t\u0000${name}`)!])),
        labels: new Map(input.connectors.map(item => [item.id, placed.get(`l\u0000${item.id}`)!]))
    };
}
