import type { JourneyModel } from '../model/journey-model.js';
import type { MapModel } from '../model/map-model.js';
import { diffChannels, diffPersonas, sameTitle } from './diff-declarations.js';
import { diffJourney } from './diff-journey.js';
import { existence, field, fieldChanges, type LocatedChange } from './fields.js';
import type { ElementKind, MapChange } from './map-change.js';
import { match } from './match.js';

/**
 * The semantic diff of two versions of a map: what a reviewer cares about, by element
 * path, compared by name and never by position (moving a declaration or reformatting is
 * no change). Only the order of stages and touchpoints carries meaning: a stage reorder
 * is the journey's `order` field, a touchpoint reorder shows in the `flow` of the
 * touchpoints whose successors changed. Derived facts (coverage, reachability, whether a
 * metric is met) are not compared: they follow from what is.
 * Changes are sorted by path (parents first), then element kind, then as found, so the
 * same two maps always give the same list.
 */
export function diffMaps(old: MapModel, added: MapModel): MapChange[] {
    return locatedChanges(old, added).map(toMapChange);
}

/** The changes of diffMaps, sorted, each with its path still in segments. */
export function locatedChanges(old: MapModel, added: MapModel): LocatedChange[] {
    const personas = diffPersonas(old.personas, added.personas, []);
    const channels = diffChannels(old.channels, added.channels, []);
    const outer = { persona: personas.renames, channel: channels.renames };
    const journeys = match(old.journeys, added.journeys, journey => journey.name, similarJourneys);
    const changes = [
        ...personas.changes,
        ...channels.changes,
        ...journeys.pairs.flatMap(([from, to]) => diffJourney(from, to, outer)),
        ...journeys.renames.flatMap(([from, to]) => [...fieldChanges('journey', [to.name], [field('name', from.name, to.name)]), ...diffJourney(from, to, outer)]),
        ...journeys.added.map(journey => existence('added', 'journey', [journey.name])),
        ...journeys.removed.map(journey => existence('removed', 'journey', [journey.name]))
    ];
    return changes.sort(byPlace);
}

/** A journey renamed keeps its title, or its stages. */
function similarJourneys(old: JourneyModel, added: JourneyModel): boolean {
    const names = (journey: JourneyModel) => journey.stages.map(stage => stage.name).join('\n');
    return sameTitle(old, added) || (old.stages.length > 0 && names(old) === names(added));
}

const ELEMENT_ORDER: readonly ElementKind[] = ['persona', 'channel', 'journey', 'stage', 'touchpoint', 'barrier', 'opportunity', 'metric', 'question'];
const CHANGE_ORDER = ['removed', 'added', 'changed'];

function byPlace(a: LocatedChange, b: LocatedChange): number {
    return compareSegments(a.segments, b.segments)
        || ELEMENT_ORDER.indexOf(a.element) - ELEMENT_ORDER.indexOf(b.element)
        || CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change);
}

/** Segment by segment in code-unit order (no locale), a parent before its children. */
function compareSegments(a: readonly string[], b: readonly string[]): number {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (a[i] !== b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return a.length - b.length;
}

export function toMapChange({ segments, change, element, field, persona, from, to }: LocatedChange): MapChange {
    return {
        change,
        element,
        path: segments.join('.'),
        ...(field === undefined ? {} : { field }),
        ...(persona === undefined ? {} : { persona }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to })
    };
}
