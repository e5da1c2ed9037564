import type { DiffWords } from '../locale/diff-words.js';
import { reviewDetail, reviewSubject } from './describe-review.js';
import type { ReviewedChange } from './review-changes.js';
import { summaryLine } from './summary-line.js';

const SIGNS = { added: '+', removed: '-', changed: '~' } as const;

/**
 * For terminals: one line per change (`~ touchpoint «Search ad» in «Awareness»: emotion: 0 → +1`),
 * then the summary. Nothing at all when the maps are equal, like diff(1).
 */
export function reportText(changes: readonly ReviewedChange[], words: DiffWords): string {
    if (changes.length === 0) {
        return '';
    }
    const lines = changes.map(change => `${SIGNS[change.change]} ${reviewSubject(change, words)}: ${reviewDetail(change, words)}`);
    return `${lines.join('\n')}\n\n${summaryLine(changes, words)}\n`;
}
