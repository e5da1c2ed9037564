/**
 * Outputs named by ids (a journey's picture, its site pages) must stay apart on every disk
 * they may reach: macOS and Windows ignore case, and macOS Unicode normalisation too, so
 * `Buy.svg` and `buy.svg` are one file there although `Buy` and `buy` are two ids.
 */

/** An id and the map that declares it. */
export interface NamedIn {
    name: string;
    file: string;
}

function fileNameKey(name: string): string {
    return name.normalize('NFC').toLowerCase();
}

/** The first two of `items`, in order, whose names would name one file. */
export function firstClash(items: Iterable<NamedIn>): [NamedIn, NamedIn] | undefined {
    const seen = new Map<string, NamedIn>();
    for (const item of items) {
        const other = seen.get(fileNameKey(item.name));
        if (other !== undefined) {
            return [other, item];
        }
        seen.set(fileNameKey(item.name), item);
    }
    return undefined;
}

/**
 * Who declares the two clashing ids, and what they would share: `output(name)` is the file
 * one id gives (`Buy.svg`). Where the ids differ only by case, says why that is one file.
 */
export function describeClash([first, second]: [NamedIn, NamedIn], kind: string, output: (name: string) => string, remedy: string): string {
    if (first.name === second.name) {
        return `${first.file} and ${second.file} both declare a ${kind} ${first.name}; one ${output(first.name)} cannot hold both (${remedy})`;
    }
    const who = first.file === second.file
        ? `${first.file} declares the ${kind}s ${first.name} and ${second.name}`
        : `${first.file} declares a ${kind} ${first.name} and ${second.file} a ${kind} ${second.name}`;
    return `${who}; ${output(first.name)} and ${output(second.name)} are one file where case is ignored (macOS, Windows): rename one, or ${remedy}`;
}
