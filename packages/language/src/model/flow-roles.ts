import type { FlowEdge, JourneyModel } from './journey-model.js';

/** How a flow reads: on to the next step, one arm of a branch, back to an earlier step, to another stage. */
export type FlowRole = 'next' | 'branch' | 'loop' | 'stage';

/**
 * Each flow's role, told once for the picture and the report: `loop` when it goes back to
 * the same or an earlier step of the journey, `stage` when it goes to another stage,
 * `branch` when its source has more than one way on, `next` otherwise. Only flows between
 * the journey's own touchpoints have a role (a name that did not resolve has none).
 */
export function flowRoles(model: JourneyModel): (flow: FlowEdge) => FlowRole | undefined {
    const stageOf = new Map(model.stages.flatMap((stage, i) => stage.touchpoints.map(touchpoint => [touchpoint.name, i] as const)));
    const order = new Map(model.stages.flatMap(stage => stage.touchpoints).map((touchpoint, i) => [touchpoint.name, i]));
    const fanOut = new Map<string, number>();
    for (const flow of model.flows.filter(item => order.has(item.from) && order.has(item.to))) {
        fanOut.set(flow.from, (fanOut.get(flow.from) ?? 0) + 1);
    }
    return flow => {
        const from = order.get(flow.from);
        const to = order.get(flow.to);
        if (from === undefined || to === undefined) {
            return undefined;
        }
        return to <= from ? 'loop' : stageOf.get(flow.to) !== stageOf.get(flow.from) ? 'stage' : fanOut.get(flow.from)! > 1 ? 'branch' : 'next';
    };
}
