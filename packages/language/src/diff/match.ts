/** Elements of one kind on both sides, paired. */
export interface Matching<T> {
    /** Same identity (name, or a question's text) on both sides: old, new. */
    pairs: [T, T][];
    /** Different identity, otherwise the same element: old, new. */
    renames: [T, T][];
    removed: T[];
    added: T[];
}

/**
 * Pairs old and new elements by `key` (name, not position: moving a declaration is no
 * change), then pairs what is left when `similar` says an old and a new element are one
 * element renamed; each old element takes the first similar new one, in order.
 */
export function match<T>(olds: readonly T[], news: readonly T[], key: (item: T) => string, similar: (old: T, added: T) => boolean): Matching<T> {
    const byKey = pairByKey(olds, news, key);
    const renames: [T, T][] = [];
    const added = [...byKey.added];
    const removed = byKey.removed.filter(old => {
        const index = added.findIndex(item => similar(old, item));
        if (index < 0) {
            return true;
        }
        renames.push([old, added.splice(index, 1)[0]]);
        return false;
    });
    return { pairs: byKey.pairs, renames, removed, added };
}

/** Pairs by key; a key that repeats (a duplicate-name error) pairs in order. */
export function pairByKey<T>(olds: readonly T[], news: readonly T[], key: (item: T) => string): Omit<Matching<T>, 'renames'> {
    const waiting = new Map<string, T[]>();
    for (const old of olds) {
        waiting.set(key(old), [...waiting.get(key(old)) ?? [], old]);
    }
    const pairs: [T, T][] = [];
    const added: T[] = [];
    for (const item of news) {
        const old = waiting.get(key(item))?.shift();
        if (old === undefined) {
            added.push(item);
        } else {
            pairs.push([old, item]);
        }
    }
    const paired = new Set(pairs.map(([old]) => old));
    return { pairs, removed: olds.filter(old => !paired.has(old)), added };
}

/** Old name to new name for the renamed elements. */
export function renameMap<T extends { name: string }>(renames: readonly [T, T][]): Map<string, string> {
    return new Map(renames.map(([old, added]) => [old.name, added.name]));
}
