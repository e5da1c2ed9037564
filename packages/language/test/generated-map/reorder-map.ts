/** A generated map with everything whose order carries no meaning shuffled. */
import {
    BRIEF_KEYS, METRIC_KEYS, TOUCHPOINT_KEYS, type GenJourney, type GenMap, type GenStage
} from './gen-map.js';

/** The same map with everything whose order carries no meaning shuffled (see the module comment). */
export function reorder(map: GenMap, seed: number): GenMap {
    const random = mulberry32(seed);
    return {
        declarations: shuffle(map.declarations, random).map(declaration =>
            declaration.kind === 'journey' ? reorderJourney(declaration, random) : declaration)
    };
}

function reorderJourney(journey: GenJourney, random: () => number): GenJourney {
    const members = shuffleAround(journey.members, member => member.kind === 'stage', random)
        .map(member => member.kind === 'stage' ? reorderStage(member, random) : member);
    return { ...journey, brief: { ...journey.brief, order: shuffle(BRIEF_KEYS, random) }, members };
}

function reorderStage(stage: GenStage, random: () => number): GenStage {
    const members = shuffleAround(stage.members, member => member.kind === 'touchpoint', random).map(member => {
        switch (member.kind) {
            case 'touchpoint': return { ...member, order: shuffle(TOUCHPOINT_KEYS, random) };
            case 'metric': return { ...member, order: shuffle(METRIC_KEYS, random) };
            default: return member;
        }
    });
    return { ...stage, members };
}

/** Shuffles the items but keeps those that are `pinned` in their relative order. */
function shuffleAround<T>(items: readonly T[], pinned: (item: T) => boolean, random: () => number): T[] {
    const inOrder = items.filter(pinned);
    let next = 0;
    return shuffle(items, random).map(item => pinned(item) ? inOrder[next++] : item);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
}

/** A small seeded PRNG, so that a failing property replays with its seed. */
function mulberry32(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
