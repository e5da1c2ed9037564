import type { ReviewedChange } from './review-changes.js';

/**
 * `cjm diff --format json`: `{ "changes": [...] }`, cli.md's fields and the reviewer's
 * (titles, the stage, an added element's content) added.
 */
export function reportJson(changes: readonly ReviewedChange[]): string {
    return `${JSON.stringify({ changes: changes.map(({ segments: _, ...change }) => change) }, null, 2)}\n`;
}
