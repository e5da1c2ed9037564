/**
 * Lays out stage graphs with ELK and remembers each result by its exact ELK input, so a
 * redraw after an edit lays out only the stages that changed. The caller owns one (the
 * language server one per service instance, the CLI one per run); stages that miss go to
 * ELK in one call, under a root that keeps them apart (`elk.algorithm: fixed`), which costs
 * less than one call per stage. A stage's layout does not depend on its siblings, so a
 * cached result is the same as a fresh one. A `LayoutStore` (the CLI's folder in the
 * user's cache) answers stages this object has not seen, before ELK is asked or loaded.
 */
import { columnStageGraph, ELK_NODE_LIMIT } from './column-stage-graph.js';
import type { ElkEngine, ElkNode } from './elk-engine.js';
import { readStageGraph, stageElkNode } from './elk-stage-graph.js';
import { storedStage, type LayoutStore } from './layout-store.js';
import type { StageGraph, StageGraphInput } from './stage-graph.js';

/** Enough for every stage of a few large journeys open at once. */
const DEFAULT_CAPACITY = 1000;

export class StageLayouts {
    /** Stages answered from the cache, and stages ELK laid out, since this object was made. */
    hits = 0;
    misses = 0;
    /** Stages answered by the store. */
    restored = 0;
    /** Insertion order is recency: a hit moves its entry to the end, the oldest go first. */
    private readonly cache = new Map<string, StageGraph>();
    private engine: ElkEngine | undefined;

    /** `loadEngine` runs on the first stage that is not cached, so that making this object costs nothing. */
    constructor(private readonly loadEngine: () => ElkEngine, private readonly capacity = DEFAULT_CAPACITY, private readonly store?: LayoutStore) {}

    async layout(inputs: readonly StageGraphInput[]): Promise<StageGraph[]> {
        const keys = inputs.map(input => JSON.stringify(stageElkNode(input, '')));
        const results: (StageGraph | undefined)[] = keys.map(key => this.take(key));
        // A stage too large for ELK is placed in a column by plain code (column-stage-graph.ts).
        const tooLarge = (input: StageGraphInput): boolean => input.nodes.length + input.connectors.length > ELK_NODE_LIMIT;
        inputs.forEach((input, i) => {
            if (results[i] === undefined && tooLarge(input)) {
                this.misses++;
                results[i] = columnStageGraph(input);
                this.put(keys[i], results[i]!);
            }
        });
        const unknown = [...new Set(keys.filter((_, i) => results[i] === undefined))];
        // Each key's first stage, found in one pass (indexOf per key cost stages squared).
        const first = new Map<string, number>();
        keys.forEach((key, i) => {
            if (!first.has(key)) {
                first.set(key, i);
            }
        });
        const fresh = new Map<string, StageGraph>();
        const stored = this.store === undefined || unknown.length === 0 ? [] : await this.store.read(unknown);
        unknown.forEach((key, k) => {
            if (stored[k] !== undefined) {
                this.restored++;
                fresh.set(key, readStageGraph(inputs[first.get(key)!], stored[k]!, ''));
                this.put(key, fresh.get(key)!);
            }
        });
        const missing = unknown.filter(key => !fresh.has(key));
        if (missing.length > 0) {
            const children = missing.map((key, k) => stageElkNode(inputs[first.get(key)!], `${k}`));
            this.engine ??= this.loadEngine();
            const root: ElkNode = await this.engine.layout({ id: '\u0000root', layoutOptions: { 'elk.algorithm': 'fixed' }, children });
            // Read back from the same parts the store keeps: a stored stage draws the same bytes.
            const laidOut = missing.map((key, k) => [key, storedStage(root.children![k], `${k}`)] as const);
            laidOut.forEach(([key, node]) => {
                this.misses++;
                fresh.set(key, readStageGraph(inputs[first.get(key)!], node, ''));
                this.put(key, fresh.get(key)!);
            });
            await this.store?.write(laidOut);
        }
        return keys.map((key, i) => results[i] ?? fresh.get(key)!);
    }

    private take(key: string): StageGraph | undefined {
        const found = this.cache.get(key);
        if (found !== undefined) {
            this.hits++;
            this.cache.delete(key);
            this.cache.set(key, found);
        }
        return found;
    }

    private put(key: string, graph: StageGraph): void {
        this.cache.set(key, graph);
        for (const oldest of this.cache.keys()) {
            if (this.cache.size <= this.capacity) {
                break;
            }
            this.cache.delete(oldest);
        }
    }
}
