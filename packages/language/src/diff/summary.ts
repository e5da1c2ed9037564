import type { ChangeKind, MapChange } from './map-change.js';
import { formatValue } from './format-value.js';

/** `3 changes: 1 added, 1 removed, 1 changed` (kinds with no change left out). */
export function summaryLine(changes: readonly MapChange[]): string {
    const counts = (['added', 'removed', 'changed'] as const satisfies readonly ChangeKind[])
        .map(kind => [kind, changes.filter(change => change.change === kind).length] as const)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`);
    const total = `${changes.length} change${changes.length === 1 ? '' : 's'}`;
    return counts.length > 0 ? `${total}: ${counts.join(', ')}` : 'no changes';
}

/** What happened, without the path: `added`, `emotion: 0 → 1`. */
export function describeChange(change: MapChange): string {
    if (change.change !== 'changed') {
        return change.change;
    }
    const what = `${change.field ?? 'value'}${change.persona === undefined ? '' : ` for ${change.persona}`}`;
    return `${what}: ${formatValue(change.from)} → ${formatValue(change.to)}`;
}
