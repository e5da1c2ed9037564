import { levenshtein } from './levenshtein.js';

/** How far a name may be from the written one to be suggested instead (one typo, or a swap of two letters). */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The candidates within MAX_SUGGESTION_DISTANCE edits of `written`, nearest first (then in
 * code-unit order, so every machine suggests alike). A candidate is never the written
 * name itself, nor one that would replace every letter of a short name (`A` for `B`).
 */
export function nearestNames(written: string, candidates: Iterable<string>): string[] {
    const length = [...written].length;
    const scored = new Map<string, number>();
    for (const name of candidates) {
        if (name !== written && !scored.has(name)) {
            const distance = levenshtein(name, written);
            if (distance <= MAX_SUGGESTION_DISTANCE && distance < length) {
                scored.set(name, distance);
            }
        }
    }
    return [...scored].sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0)).map(([name]) => name);
}
