import type { MapChange } from './map-change.js';
import { describeChange, summaryLine } from './summary.js';

const SIGNS = { added: '+', removed: '-', changed: '~' } as const;

/**
 * For terminals: one line per change (`~ touchpoint Onboarding.Awareness.Ad: emotion: 0 → 1`),
 * then the summary. Nothing at all when the maps are equal, like diff(1).
 */
export function reportText(changes: readonly MapChange[]): string {
    if (changes.length === 0) {
        return '';
    }
    const lines = changes.map(change => `${SIGNS[change.change]} ${change.element} ${change.path}${change.change === 'changed' ? ': ' : ' '}${describeChange(change)}`);
    return `${lines.join('\n')}\n\n${summaryLine(changes)}\n`;
}
