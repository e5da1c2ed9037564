import type { ChannelModel, PersonaModel } from '../model/journey-model.js';
import { allSame, existence, field, fieldChanges, unorderedField, type FieldPair, type LocatedChange } from './fields.js';
import { match, renameMap } from './match.js';

/** Changes of personas or channels declared at one place (top level, or one journey), and their renames. */
export interface DeclarationsDiff {
    changes: LocatedChange[];
    renames: Map<string, string>;
}

export function diffPersonas(olds: readonly PersonaModel[], news: readonly PersonaModel[], parent: string[]): DeclarationsDiff {
    return diffDeclarations('persona', olds, news, parent, personaFields);
}

export function diffChannels(olds: readonly ChannelModel[], news: readonly ChannelModel[], parent: string[]): DeclarationsDiff {
    return diffDeclarations('channel', olds, news, parent, channelFields);
}

function diffDeclarations<T extends { name: string; title?: string }>(
    element: 'persona' | 'channel', olds: readonly T[], news: readonly T[], parent: string[], fields: (old: T, added: T) => FieldPair[]
): DeclarationsDiff {
    const matching = match(olds, news, item => item.name, (old, added) => sameTitle(old, added) || allSame(fields(old, added)));
    const changes = [
        ...matching.pairs.flatMap(([old, added]) => fieldChanges(element, [...parent, added.name], fields(old, added))),
        ...matching.renames.flatMap(([old, added]) => fieldChanges(element, [...parent, added.name], [field('name', old.name, added.name), ...fields(old, added)])),
        ...matching.added.map(added => existence('added', element, [...parent, added.name])),
        ...matching.removed.map(old => existence('removed', element, [...parent, old.name]))
    ];
    return { changes, renames: renameMap(matching.renames) };
}

/** Two elements with the same title are one element renamed. */
export function sameTitle(old: { title?: string }, added: { title?: string }): boolean {
    return old.title !== undefined && old.title === added.title;
}

// One field per attribute kind (`goal`, `need`...): a reviewer reads "goal changed", not "attributes changed".
function personaFields(old: PersonaModel, added: PersonaModel): FieldPair[] {
    const kinds = [...new Set([...old.attributes, ...added.attributes].map(attribute => attribute.kind))];
    const values = (persona: PersonaModel, kind: string) => persona.attributes.filter(attribute => attribute.kind === kind).map(attribute => attribute.value);
    return [field('title', old.title, added.title), ...kinds.map(kind => unorderedField(kind, values(old, kind), values(added, kind)))];
}

function channelFields(old: ChannelModel, added: ChannelModel): FieldPair[] {
    return [field('title', old.title, added.title), field('kind', old.kind, added.kind), field('description', old.description, added.description)];
}
