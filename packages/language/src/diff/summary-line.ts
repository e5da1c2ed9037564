import type { DiffWords } from '../locale/diff-words.js';
import type { MapChange } from './map-change.js';

/** `3 changes: 1 added, 1 removed, 1 changed`, in the words' language. */
export function summaryLine(changes: readonly MapChange[], words: DiffWords): string {
    const count = (kind: MapChange['change']) => changes.filter(change => change.change === kind).length;
    return words.summary(changes.length, count('added'), count('removed'), count('changed'));
}
