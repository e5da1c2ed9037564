import { getHeapStatistics } from 'node:v8';
import { CliError } from '../command.js';
import type { Source } from './read-sources.js';

/**
 * Checking a map takes about 200 times its size in memory (the syntax tree, references,
 * the index): one stage of 200,000 touchpoints, 11 MB, peaks near 2.1 GB. A workspace
 * past what the heap can hold stops with a message before it is built, instead of
 * running for minutes and dying out of memory.
 */
const MEMORY_PER_MAP_BYTE = 250;

/** The most text one build may hold with this process's heap limit (raised by --max-old-space-size). */
export function workspaceSizeLimit(): number {
    return Math.floor(getHeapStatistics().heap_size_limit / MEMORY_PER_MAP_BYTE);
}

export function checkWorkspaceSize(sources: readonly Source[], limit = workspaceSizeLimit()): void {
    let size = 0;
    for (const source of sources) {
        size += source.text.length;
    }
    if (size > limit) {
        const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
        const first = sources[0]?.file ?? '';
        throw new CliError(`the workspace of ${first} holds ${megabytes(size)} of maps in ${sources.length} file${sources.length === 1 ? '' : 's'}; cjm can check about `
            + `${megabytes(limit)} at once in this much memory. Check a smaller folder, give parts of it a cjm.config.json of their own `
            + `(each is then a workspace of its own), or give Node more memory (NODE_OPTIONS=--max-old-space-size=8192)`);
    }
}
