import type { ChangeMark, DiagramChanges, MarkedKind } from '../diagram/change-marks.js';
import type { DiffWords } from '../locale/diff-words.js';
import type { BarrierModel, JourneyModel, OpportunityModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import { badgeDetail } from './describe-review.js';
import { current } from './renames.js';
import type { ReviewedChange } from './review-changes.js';

/** What the renderer draws for a change: the new journey with the removed elements as ghosts, and the marks. */
export interface ChangePicture {
    journey: JourneyModel;
    changes: DiagramChanges;
}

const MARKED: ReadonlySet<string> = new Set<MarkedKind>(['stage', 'touchpoint', 'barrier', 'opportunity', 'persona', 'metric', 'question']);

/**
 * The change of one journey as a picture model (diagram.md, "A change, drawn"): the NEW
 * journey, plus each removed stage, touchpoint, barrier, opportunity, metric and question of the OLD one
 * put back as a ghost (in its stage, at its old place; a removed stage as a column after
 * the others), with no emotion (a ghost is not on the curve) and no flow. `changes` are
 * the reviewed changes of the two maps; those of other journeys are left out.
 */
export function changePicture(old: JourneyModel | undefined, added: JourneyModel, changes: readonly ReviewedChange[], words: DiffWords): ChangePicture {
    const mine = changes.filter(change => change.segments.length === 1 ? change.element === 'persona' : change.segments[0] === added.name);
    const removed = (kind: string) => new Set(mine.filter(change => change.change === 'removed' && change.element === kind).map(change => change.segments[change.segments.length - 1]));
    const journey = old === undefined ? added : withGhosts(old, added, {
        stage: removed('stage'), touchpoint: removed('touchpoint'), barrier: removed('barrier'), opportunity: removed('opportunity'),
        metric: removed('metric'), question: removed('question')
    }, new Map([...renamesOf(mine, 'stage')].map(([from, to]) => [to, from])));
    return { journey, changes: { marks: marksOf(mine, words), oldEmotions: old === undefined ? [] : oldEmotions(old, mine) } };
}

function marksOf(changes: readonly ReviewedChange[], words: DiffWords): DiagramChanges['marks'] {
    const marks: Partial<Record<MarkedKind, Record<string, ChangeMark>>> = {};
    for (const change of changes.filter(item => MARKED.has(item.element))) {
        const kind = change.element as MarkedKind;
        const name = change.segments[change.segments.length - 1];
        const of = marks[kind] ??= {};
        const before = of[name];
        const fields = change.field === undefined ? [] : [change.field];
        of[name] = before === undefined
            ? { change: change.change, fields, badge: badgeDetail(change, words) }
            : { change: before.change, fields: [...new Set([...before.fields, ...fields])], badge: `${before.badge}; ${badgeDetail(change, words)}` };
    }
    return marks;
}

type Removed = Readonly<Record<'stage' | 'touchpoint' | 'barrier' | 'opportunity' | 'metric' | 'question', ReadonlySet<string>>>;
type Members = Pick<StageModel, 'touchpoints' | 'barriers' | 'opportunities' | 'metrics' | 'questions'>;

/** `previous`: the old name of each renamed stage, by its new name. */
function withGhosts(old: JourneyModel, added: JourneyModel, removed: Removed, previous: ReadonlyMap<string, string>): JourneyModel {
    const ghosts = (stage: StageModel, into: string): Members => ({
        touchpoints: stage.touchpoints.filter(item => removed.touchpoint.has(item.name)).map(item => ghostTouchpoint(item, into)),
        barriers: stage.barriers.filter(item => removed.barrier.has(item.name)).map(item => ({ ...item, stage: into })),
        opportunities: stage.opportunities.filter(item => removed.opportunity.has(item.name)).map(item => ({ ...item, stage: into })),
        metrics: stage.metrics.filter(item => removed.metric.has(item.name)).map(item => ({ ...item, stage: into })),
        // A question is named by its text.
        questions: stage.questions.filter(item => removed.question.has(item.text)).map(item => ({ ...item, stage: into }))
    });
    const stages = added.stages.map(stage => {
        const before = old.stages.find(item => item.name === current(previous, stage.name));
        return before === undefined ? stage : placed(stage, ghosts(before, stage.name), before);
    });
    const gone = old.stages.filter(stage => removed.stage.has(stage.name)).map(stage => ({
        ...stage, ...ghosts(stage, stage.name), metrics: [], questions: []
    }));
    const all = [...stages, ...gone];
    const touchpoints = new Set(all.flatMap(stage => stage.touchpoints.map(item => item.name)));
    const barriers = new Set(all.flatMap(stage => stage.barriers.map(item => item.name)));
    return {
        ...added,
        stages: all.map(stage => ({
            ...stage,
            // A ghost barrier at a touchpoint no longer drawn floats free; a ghost opportunity resolves only barriers drawn.
            barriers: stage.barriers.map(item => attached(item, touchpoints)),
            opportunities: stage.opportunities.map(item => ({ ...item, resolves: item.resolves.filter(name => barriers.has(name)) }) satisfies OpportunityModel)
        }))
    };
}

/** The ghosts put back at their old index among the stage's members. */
function placed(stage: StageModel, ghosts: Members, before: StageModel): StageModel {
    const insert = <T>(items: T[], extra: T[], olds: readonly T[], key: (item: T) => string): T[] => {
        const result = [...items];
        for (const ghost of extra) {
            result.splice(Math.min(result.length, olds.findIndex(item => key(item) === key(ghost))), 0, ghost);
        }
        return result;
    };
    const name = (item: { name: string }) => item.name;
    return {
        ...stage,
        touchpoints: insert(stage.touchpoints, ghosts.touchpoints, before.touchpoints, name),
        barriers: insert(stage.barriers, ghosts.barriers, before.barriers, name),
        opportunities: insert(stage.opportunities, ghosts.opportunities, before.opportunities, name),
        metrics: insert(stage.metrics, ghosts.metrics, before.metrics, name),
        questions: insert(stage.questions, ghosts.questions, before.questions, question => question.text)
    };
}

function ghostTouchpoint(touchpoint: TouchpointModel, stage: string): TouchpointModel {
    const { emotion: _emotion, ...rest } = touchpoint;
    return { ...rest, stage, emotions: [], actions: [], thoughts: [], personaActions: [], personaThoughts: [], arrows: [], reachable: true };
}

function attached(barrier: BarrierModel, touchpoints: ReadonlySet<string>): BarrierModel {
    if (barrier.touchpoint === undefined || touchpoints.has(barrier.touchpoint)) {
        return barrier;
    }
    const { touchpoint: _touchpoint, ...rest } = barrier;
    return rest;
}

/** The old journey's emotions under the new names (touchpoints and personas renamed in the change). */
function oldEmotions(old: JourneyModel, changes: readonly ReviewedChange[]): DiagramChanges['oldEmotions'] {
    const [touchpoints, personas] = [renamesOf(changes, 'touchpoint'), renamesOf(changes, 'persona')];
    return old.stages.flatMap(stage => stage.touchpoints).flatMap(touchpoint => touchpoint.emotions.map(({ persona, emotion }) => ({
        touchpoint: current(touchpoints, touchpoint.name),
        ...(persona === undefined ? {} : { persona: current(personas, persona) }),
        emotion
    })));
}

/** Old name to new name of the elements of `kind` renamed in the change. */
function renamesOf(changes: readonly ReviewedChange[], kind: string): Map<string, string> {
    return new Map(changes
        .filter(change => change.element === kind && change.field === 'name' && typeof change.from === 'string' && typeof change.to === 'string')
        .map(change => [change.from as string, change.to as string]));
}
