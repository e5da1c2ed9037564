import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffMaps, formatText, type MapChange } from '../../src/index.js';
import { lintWorkspace, mapModel } from '../fixtures.js';
import {
    journeysOf, SEVERITIES, stagesOf, touchpointsOf, type GenJourney, type GenMap, type GenStage, type GenStageMember, type GenTouchpoint
} from '../generated-map/gen-map.js';
import { mapArbitrary } from '../generated-map/map-arbitrary.js';
import { printMap } from '../generated-map/print-map.js';
import { reorder } from '../generated-map/reorder-map.js';

async function diffTexts(old: string, added: string): Promise<MapChange[]> {
    return diffMaps(await mapModel(old), await mapModel(added));
}

const RUNS = { numRuns: 40 };

describe('diffMaps over generated maps', () => {
    test('a map compared with itself has no changes', async () => {
        await fc.assert(fc.asyncProperty(mapArbitrary(), async map => {
            expect(await diffTexts(printMap(map), printMap(map))).toEqual([]);
        }), RUNS);
    });

    test('moving declarations and members, and another layout, is no change', async () => {
        await fc.assert(fc.asyncProperty(mapArbitrary(), fc.integer(), async (map, seed) => {
            expect(await diffTexts(printMap(map), printMap(reorder(map, seed), { layout: 'compact' }))).toEqual([]);
        }), RUNS);
    });

    test('the formatted reordered map is no change either', async () => {
        const { services } = await lintWorkspace({});
        await fc.assert(fc.asyncProperty(mapArbitrary(), fc.integer(), async (map, seed) => {
            const formatted = await formatText(services, printMap(reorder(map, seed), { layout: 'compact' }));
            expect('text' in formatted).toBe(true);
            expect(await diffTexts(printMap(map), 'text' in formatted ? formatted.text : '')).toEqual([]);
        }), RUNS);
    });
});

/** A stage member with the journey and stage that hold it. */
interface Placed<M extends GenStageMember = GenStageMember> {
    journey: GenJourney;
    stage: GenStage;
    member: M;
}

function placed(map: GenMap): Placed[] {
    return journeysOf(map).flatMap(journey => stagesOf(journey).flatMap(stage => stage.members.map(member => ({ journey, stage, member }))));
}

function placedOf<K extends GenStageMember['kind']>(map: GenMap, kind: K): Placed<Extract<GenStageMember, { kind: K }>>[] {
    return placed(map).filter((entry): entry is Placed<Extract<GenStageMember, { kind: K }>> => entry.member.kind === kind);
}

/** The map with `edit` applied to every stage member: a new member, or undefined to remove it. */
function editMembers(map: GenMap, edit: (member: GenStageMember) => GenStageMember | undefined): GenMap {
    return {
        declarations: map.declarations.map(declaration => declaration.kind !== 'journey' ? declaration : {
            ...declaration,
            members: declaration.members.map(member => member.kind !== 'stage' ? member : {
                ...member,
                members: member.members.map(edit).filter((m): m is GenStageMember => m !== undefined)
            })
        })
    };
}

/** Names are unique in a generated map, so an edit finds its member by name. */
function editNamed(map: GenMap, name: string, edit: (member: GenStageMember) => GenStageMember | undefined): GenMap {
    return editMembers(map, member => 'name' in member && member.name === name ? edit(member) : member);
}

/** Where a touchpoint's flow goes (language.md): its arrows, else the next touchpoint. */
function successors(journey: GenJourney, touchpoint: GenTouchpoint): string[] {
    if (touchpoint.arrows.length > 0) {
        return [...new Set(touchpoint.arrows)].sort();
    }
    const order = touchpointsOf(journey);
    const next = order[order.findIndex(t => t.name === touchpoint.name) + 1];
    return next ? [next.name] : [];
}

interface Edit {
    map: GenMap;
    expected: Pick<MapChange, 'change' | 'element' | 'path'> & { field?: string };
}

/** Runs `makeEdit` on a generated map and checks that the diff is exactly the expected change. */
async function expectSingleChange(makeEdit: (map: GenMap, pick: number) => Edit | undefined): Promise<void> {
    await fc.assert(fc.asyncProperty(mapArbitrary({ comments: false }), fc.nat(), async (map, pick) => {
        const edit = makeEdit(map, pick);
        fc.pre(edit !== undefined);
        const changes = await diffTexts(printMap(map), printMap(edit!.map));
        expect(changes.map(({ change, element, path, field }) => ({ change, element, path, ...(field ? { field } : {}) }))).toEqual([edit!.expected]);
    }), { numRuns: 60 });
}

function choose<T>(items: readonly T[], pick: number): T | undefined {
    return items.length === 0 ? undefined : items[pick % items.length];
}

describe('a single generated edit is reported exactly once, with its path and field', () => {
    test('emotion', () => expectSingleChange((map, pick) => {
        const chosen = choose(placedOf(map, 'touchpoint'), pick);
        if (!chosen) {
            return undefined;
        }
        const { journey, stage, member } = chosen;
        const emotion = member.emotion === undefined || member.emotion < 2 ? (member.emotion ?? 0) + 1 : -2;
        return {
            map: editNamed(map, member.name, m => ({ ...m, emotion }) as GenStageMember),
            expected: { change: 'changed', element: 'touchpoint', path: `${journey.name}.${stage.name}.${member.name}`, field: 'emotion' }
        };
    }));

    test('metric target', () => expectSingleChange((map, pick) => {
        const chosen = choose(placedOf(map, 'metric'), pick);
        if (!chosen) {
            return undefined;
        }
        const { journey, stage, member } = chosen;
        const target = { ...member.target, value: (member.target?.value ?? 0) + 1 };
        return {
            map: editNamed(map, member.name, m => ({ ...m, target }) as GenStageMember),
            expected: { change: 'changed', element: 'metric', path: `${journey.name}.${stage.name}.${member.name}`, field: 'target' }
        };
    }));

    test('barrier severity', () => expectSingleChange((map, pick) => {
        const chosen = choose(placedOf(map, 'barrier'), pick);
        if (!chosen) {
            return undefined;
        }
        const { journey, stage, member } = chosen;
        // No severity means medium (language.md): pick one that differs from the effective one.
        const severity = SEVERITIES[(SEVERITIES.indexOf(member.severity ?? 'medium') + 1) % SEVERITIES.length];
        return {
            map: editNamed(map, member.name, m => ({ ...m, severity }) as GenStageMember),
            expected: { change: 'changed', element: 'barrier', path: `${journey.name}.${stage.name}.${member.name}`, field: 'severity' }
        };
    }));

    test('an added arrow changes the flow of its touchpoint only', () => expectSingleChange((map, pick) => {
        const candidates = placedOf(map, 'touchpoint').flatMap(entry => touchpointsOf(entry.journey)
            .filter(target => !successors(entry.journey, entry.member).includes(target.name))
            .map(target => ({ ...entry, target: target.name })));
        const chosen = choose(candidates, pick);
        if (!chosen) {
            return undefined;
        }
        const { journey, stage, member, target } = chosen;
        return {
            map: editNamed(map, member.name, m => ({ ...m, arrows: [...member.arrows, target] }) as GenStageMember),
            expected: { change: 'changed', element: 'touchpoint', path: `${journey.name}.${stage.name}.${member.name}`, field: 'flow' }
        };
    }));

    test('a removed arrow changes the flow of its touchpoint only (when it goes elsewhere then)', () => expectSingleChange((map, pick) => {
        const candidates = placedOf(map, 'touchpoint').filter(({ journey, member }) => {
            const after = { ...member, arrows: member.arrows.slice(0, -1) };
            return member.arrows.length > 0 && successors(journey, after).join() !== successors(journey, member).join();
        });
        const chosen = choose(candidates, pick);
        if (!chosen) {
            return undefined;
        }
        const { journey, stage, member } = chosen;
        return {
            map: editNamed(map, member.name, m => ({ ...m, arrows: member.arrows.slice(0, -1) }) as GenStageMember),
            expected: { change: 'changed', element: 'touchpoint', path: `${journey.name}.${stage.name}.${member.name}`, field: 'flow' }
        };
    }));

    // "Exactly once" for a removed touchpoint: the removal, and nothing at its neighbours.
    // The flow is compared through touchpoints that exist on one side only (diff/flows.ts),
    // so `A -> X -> B` losing X is `A -> B` before and after. The property takes touchpoints
    // that nothing names (no arrow, no barrier `at`) and that have no arrows of their own:
    // removing one with arrows really changes where its predecessor goes, and the diff says so
    // (see the example tests).
    test('a removed touchpoint', () => expectSingleChange((map, pick) => {
        const named = new Set(placed(map).flatMap(({ member }) => member.kind === 'touchpoint' ? member.arrows : member.kind === 'barrier' && member.at ? [member.at] : []));
        const chosen = choose(placedOf(map, 'touchpoint').filter(({ member }) => member.arrows.length === 0 && !named.has(member.name)), pick);
        if (!chosen) {
            return undefined;
        }
        const { journey, stage, member } = chosen;
        return {
            map: editNamed(map, member.name, () => undefined),
            expected: { change: 'removed', element: 'touchpoint', path: `${journey.name}.${stage.name}.${member.name}` }
        };
    }));
});
