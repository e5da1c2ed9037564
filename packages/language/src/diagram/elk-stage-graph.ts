/**
 * A stage's graph as an ELK node, and the laid-out node read back (the seam is
 * stage-graph.ts). Layered, direction DOWN, orthogonal edges: branch arms sit side by
 * side and loops run beside the boxes. Every edge end has its own port at a fixed place:
 * outgoing flows on the box's bottom, incoming on its top, spread around the middle in the
 * order of the nodes at their other ends, so arrows never merge into one line. Flows to
 * and from the next stage end on ports of the graph's own bottom and top border.
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
const PORT_STEP = 14;
/** Ports keep this far from the box's corners. */
const PORT_MARGIN = 16;

type End = 's' | 't';
interface PortUse {
    edge: string;
    /** Declaration rank of the node at the other end (ports are ordered by it). */
    rank: number;
}

/** ELK ids are global in one call: `prefix` keeps stages apart, NUL keeps kinds apart from names. */
export function stageElkNode(input: StageGraphInput, prefix: string): ElkNode {
    const id = (local: string): string => `${prefix}\u0000${local}`;
    const nodeId = (name: string): string => id(`t\u0000${name}`);
    const labelId = (connector: string): string => id(`l\u0000${connector}`);
    const portId = (edge: string, end: End): string => id(`${edge}\u0000${end}`);
    const rank = new Map(input.nodes.map(([name], i) => [name, i]));
    const outs = new Map<string, PortUse[]>();
    const ins = new Map<string, PortUse[]>();
    const use = (map: Map<string, PortUse[]>, name: string, item: PortUse): void => {
        map.set(name, [...(map.get(name) ?? []), item]);
    };
    const last = input.nodes.length;
    for (const flow of input.flows) {
        use(outs, flow.from, { edge: flow.id, rank: rank.get(flow.to)! });
        use(ins, flow.to, { edge: flow.id, rank: rank.get(flow.from)! });
    }
    input.exits.forEach(exit => use(outs, exit.from, { edge: exit.id, rank: last }));
    input.entries.forEach(entry => use(ins, entry.to, { edge: entry.id, rank: -1 }));
    for (const connector of input.connectors) {
        const near = rank.get(connector.touchpoint)!;
        use(connector.end === 'source' ? outs : ins, connector.touchpoint, { edge: connector.id, rank: connector.end === 'source' ? near + 0.5 : near - 0.5 });
    }
    const fixed = (side: 'NORTH' | 'SOUTH', x: number, y: number, edge: string, end: End): ElkPort =>
        ({ id: portId(edge, end), x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
    const spread = (uses: readonly PortUse[] | undefined, side: 'NORTH' | 'SOUTH', y: number, end: End): ElkPort[] => {
        const sorted = [...(uses ?? [])].sort((a, b) => a.rank - b.rank);
        const step = Math.min(PORT_STEP, (BOX_WIDTH - 2 * PORT_MARGIN) / Math.max(1, sorted.length - 1));
        return sorted.map((item, k) => fixed(side, BOX_WIDTH / 2 + (k - (sorted.length - 1) / 2) * step, y, item.edge, end));
    };
    const touchpoint = ([name, size]: [string, NodeSize]): ElkNode => ({
        id: nodeId(name), width: size.width, height: size.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [...spread(ins.get(name), 'NORTH', 0, 't'), ...spread(outs.get(name), 'SOUTH', size.height, 's')]
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
    const edges = [
        ...input.flows.map(flow => edge(flow.id, portId(flow.id, 's'), portId(flow.id, 't'))),
        ...input.exits.map(exit => edge(exit.id, portId(exit.id, 's'), portId(exit.id, 't'))),
        ...input.entries.map(entry => edge(entry.id, portId(entry.id, 's'), portId(entry.id, 't'))),
        ...input.connectors.map(item => edge(item.id, portId(item.id, 's'), portId(item.id, 't')))
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
