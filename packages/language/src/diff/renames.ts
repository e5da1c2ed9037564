/**
 * Old names to new names of renamed elements, by kind. The diff reads every reference on
 * the old side through these, so that a rename is reported once, at the renamed element,
 * and not again at every touchpoint, barrier or arrow that names it.
 */
export interface Renames {
    persona: ReadonlyMap<string, string>;
    channel: ReadonlyMap<string, string>;
    stage: ReadonlyMap<string, string>;
    touchpoint: ReadonlyMap<string, string>;
    barrier: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = { persona: new Map(), channel: new Map(), stage: new Map(), touchpoint: new Map(), barrier: new Map() };

/** The current name of an old name. */
export function current(renames: ReadonlyMap<string, string>, name: string): string;
export function current(renames: ReadonlyMap<string, string>, name: string | undefined): string | undefined;
export function current(renames: ReadonlyMap<string, string>, name: string | undefined): string | undefined {
    return name === undefined ? undefined : renames.get(name) ?? name;
}

export function currentAll(renames: ReadonlyMap<string, string>, names: readonly string[]): string[] {
    return names.map(name => current(renames, name));
}

/** Both maps, the later winning: a journey's own personas shadow the top-level ones. */
export function merged(outer: ReadonlyMap<string, string>, inner: ReadonlyMap<string, string>): Map<string, string> {
    return new Map([...outer, ...inner]);
}
