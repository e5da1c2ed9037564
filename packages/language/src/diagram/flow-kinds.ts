/**
 * How each flow of a journey is drawn. Its role is the model's (model/flow-roles.ts).
 * Where: inside its stage, to the next stage through the gap between them, or, when it skips stages or goes back a stage, as a
 * connector pair whose labels name the other end ("→ Stage · Touchpoint" at the source,
 * "← Stage · Touchpoint" at the target) instead of a wire around the picture.
 */
import { flowRoles, type FlowRole } from '../model/flow-roles.js';
import type { FlowEdge, JourneyModel } from '../model/journey-model.js';
import { BOX_WIDTH, PADDING, SMALL_SIZE, block } from './layout-boxes.js';
import type { ConnectorEnd, CrossFlow, RoledFlow } from './layout-stage.js';

export interface JourneyFlows {
    /** Flows inside each stage, by stage index. */
    inside: RoledFlow[][];
    /** Flows to the next stage, numbered; `stage` is the source stage's index. */
    hops: (CrossFlow & { stage: number })[];
    /** Connector ends drawn in each stage, by stage index. */
    connectors: ConnectorEnd[][];
    /** The roles present, in legend order. */
    roles: FlowRole[];
}

export const ROLE_ORDER: readonly FlowRole[] = ['next', 'branch', 'loop', 'stage'];

export function journeyFlows(model: JourneyModel): JourneyFlows {
    const stageOf = new Map(model.stages.flatMap((stage, i) => stage.touchpoints.map(touchpoint => [touchpoint.name, i] as const)));
    const drawn = model.flows.filter(flow => stageOf.has(flow.from) && stageOf.has(flow.to));
    const roleOf = flowRoles(model);
    const role = (flow: FlowEdge): FlowRole => roleOf(flow)!;

    const inside: RoledFlow[][] = model.stages.map(() => []);
    const connectors: ConnectorEnd[][] = model.stages.map(() => []);
    const hops: JourneyFlows['hops'] = [];
    const present = new Set<FlowRole>();
    const name = (touchpoint: string): string => {
        const stage = model.stages[stageOf.get(touchpoint)!];
        const title = stage.touchpoints.find(item => item.name === touchpoint)!.title ?? touchpoint;
        return `${stage.title ?? stage.name} \u00b7 ${title}`;
    };
    for (const flow of drawn) {
        const roled: RoledFlow = { from: flow.from, to: flow.to, kind: flow.kind, role: role(flow) };
        present.add(roled.role);
        const from = stageOf.get(flow.from)!;
        const to = stageOf.get(flow.to)!;
        if (from === to) {
            inside[from].push(roled);
        } else if (to === from + 1) {
            hops.push({ ...roled, index: hops.length, stage: from });
        } else {
            connectors[from].push({ ...roled, end: 'source', text: connectorText(`\u2192 ${name(flow.to)}`) });
            connectors[to].push({ ...roled, end: 'target', text: connectorText(`\u2190 ${name(flow.from)}`) });
        }
    }
    return { inside, hops, connectors, roles: ROLE_ORDER.filter(item => present.has(item)) };
}

function connectorText(text: string) {
    return block(text, BOX_WIDTH - 2 * PADDING, SMALL_SIZE);
}
