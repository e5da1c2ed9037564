import type { JourneyModel, StageModel } from '../model/journey-model.js';
import { diffChannels, diffPersonas, sameTitle } from './diff-declarations.js';
import { diffStageMembers } from './diff-stage-members.js';
import { existence, field, fieldChanges, unorderedField, type FieldPair, type LocatedChange } from './fields.js';
import { match, renameMap } from './match.js';
import { currentAll, merged, type Renames } from './renames.js';

/**
 * The changes inside one journey present on both sides (its rename, if any, is the
 * caller's). `outer` holds the renames of top-level personas and channels.
 */
export function diffJourney(old: JourneyModel, added: JourneyModel, outer: Pick<Renames, 'persona' | 'channel'>): LocatedChange[] {
    const path = [added.name];
    const personas = diffPersonas(old.personas.filter(isLocal), added.personas.filter(isLocal), path);
    const channels = diffChannels(old.channels.filter(isLocal), added.channels.filter(isLocal), path);
    const stages = match(old.stages, added.stages, stage => stage.name, similarStages);
    const renames: Renames = {
        persona: merged(outer.persona, personas.renames),
        channel: merged(outer.channel, channels.renames),
        stage: renameMap(stages.renames),
        touchpoint: new Map(),
        barrier: new Map()
    };
    return [
        ...fieldChanges('journey', path, [...journeyFields(old, added, renames), stageOrder(old, added, renames)]),
        ...personas.changes,
        ...channels.changes,
        ...stages.pairs.flatMap(([from, to]) => fieldChanges('stage', [...path, to.name], stageFields(from, to))),
        ...stages.renames.flatMap(([from, to]) => fieldChanges('stage', [...path, to.name], [field('name', from.name, to.name), ...stageFields(from, to)])),
        ...stages.added.map(stage => existence('added', 'stage', [...path, stage.name])),
        ...stages.removed.map(stage => existence('removed', 'stage', [...path, stage.name])),
        ...diffStageMembers(old, added, renames)
    ];
}

function isLocal(declaration: { scope: 'journey' | 'workspace' }): boolean {
    return declaration.scope === 'journey';
}

/** A stage renamed keeps its title, or its touchpoints. */
function similarStages(old: StageModel, added: StageModel): boolean {
    const names = (stage: StageModel) => stage.touchpoints.map(touchpoint => touchpoint.name).join('\n');
    return sameTitle(old, added) || (old.touchpoints.length > 0 && names(old) === names(added));
}

function journeyFields(old: JourneyModel, added: JourneyModel, renames: Renames): FieldPair[] {
    return [
        field('title', old.title, added.title),
        field('product', old.product, added.product),
        field('state', old.state, added.state),
        field('owner', old.owner, added.owner),
        field('reviewed', old.reviewed, added.reviewed),
        field('objective', old.objective, added.objective),
        field('problem', old.problem, added.problem),
        unorderedField('target', currentAll(renames.persona, old.targets), added.targets)
    ];
}

/**
 * Stage order is journey order: when the stages on both sides follow each other
 * differently, the journey's `order` changed (from and to: every stage name, in order).
 * Stages only added or removed are no reorder.
 */
function stageOrder(old: JourneyModel, added: JourneyModel, renames: Renames): FieldPair {
    const oldNames = currentAll(renames.stage, old.stages.map(stage => stage.name));
    const newNames = added.stages.map(stage => stage.name);
    const common = (names: string[], other: string[]) => names.filter(name => other.includes(name)).join('\n');
    const reordered = common(oldNames, newNames) !== common(newNames, oldNames);
    return field('order', reordered ? old.stages.map(stage => stage.name) : undefined, reordered ? newNames : undefined);
}

function stageFields(old: StageModel, added: StageModel): FieldPair[] {
    return [field('title', old.title, added.title), field('owner', old.owner, added.owner)];
}
