import type { FlowEdge, JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { unorderedField, allSame } from './fields.js';
import { current, currentAll, type Renames } from './renames.js';

/**
 * Whether a touchpoint whose id and title both changed is still the same touchpoint: it
 * stays in its stage, keeps its channels, and the flow reaches it from the same
 * touchpoints and leaves it to the same ones (by their ids, on both sides). Then a
 * reviewer reads one changed touchpoint, not a removal and an addition.
 */
export function keepsItsPlace(old: TouchpointModel, added: TouchpointModel, journeys: { old: JourneyModel; added: JourneyModel }, renames: Renames): boolean {
    const [before, after] = [neighbours(journeys.old.flows, old.name), neighbours(journeys.added.flows, added.name)];
    return current(renames.stage, old.stage) === added.stage
        && before.length + after.length > 0
        && allSame([
            unorderedField('via', currentAll(renames.channel, old.channels), added.channels),
            unorderedField('neighbours', before, after)
        ]);
}

/** The touchpoints the flow comes from and goes to, marked by direction. */
function neighbours(flows: readonly FlowEdge[], name: string): string[] {
    return [
        ...flows.filter(edge => edge.to === name && edge.from !== name).map(edge => `from ${edge.from}`),
        ...flows.filter(edge => edge.from === name && edge.to !== name).map(edge => `to ${edge.to}`)
    ];
}
