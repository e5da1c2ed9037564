import type { MapChange } from './map-change.js';

/** `cjm diff --format json`: `{ "changes": [...] }`, exactly cli.md's shape. */
export function reportJson(changes: readonly MapChange[]): string {
    return `${JSON.stringify({ changes }, null, 2)}\n`;
}
