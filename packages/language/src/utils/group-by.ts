/** Items by key, keys in order of first appearance; linear in the number of items. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const group = groups.get(key(item));
        if (group === undefined) {
            groups.set(key(item), [item]);
        } else {
            group.push(item);
        }
    }
    return groups;
}
