import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { ELK_NODE_LIMIT } from '../../src/diagram/column-stage-graph.js';
import { StageLayouts } from '../../src/diagram/stage-layouts.js';
import type { ElkNode } from '../../src/diagram/elk-engine.js';
import type { LayoutStore } from '../../src/diagram/layout-store.js';
import { loadElk } from '../../src/node/elk-node.js';
import { edit, generatedJourney, journeyModels, stageLayouts } from '../fixtures.js';

/** A store in memory, as the CLI's cache folder is on disk. */
function memoryStore(): LayoutStore & { kept: Map<string, ElkNode> } {
    const kept = new Map<string, ElkNode>();
    return {
        kept,
        read: async keys => keys.map(key => kept.get(key)),
        write: async entries => {
            entries.forEach(([key, node]) => kept.set(key, structuredClone(node)));
        }
    };
}

async function generated(text: string) {
    return Object.values(await journeyModels(text))[0];
}

describe('StageLayouts', () => {
    it('lays out again only the stage an edit changed, and draws the same bytes as a cold render', async () => {
        const text = generatedJourney(60);
        const before = await generated(text);
        const after = await generated(edit(text, { 'Step 25"': 'Step 25, edited to wrap onto a second line of its box"' }));
        const layouts = stageLayouts();
        await renderJourneySvg(before, layouts);
        expect([layouts.hits, layouts.misses]).toEqual([0, before.stages.length]);

        const warm = await renderJourneySvg(after, layouts);
        expect([layouts.hits, layouts.misses], 'one stage laid out again').toEqual([before.stages.length - 1, before.stages.length + 1]);
        expect(warm).toBe(await renderJourneySvg(after, stageLayouts()));
    });

    it('keeps at most as many stages as it was given room for, the least recently used going first', async () => {
        const model = await generated(generatedJourney(40));
        const layouts = stageLayouts(2);
        const first = await renderJourneySvg(model, layouts);
        expect(layouts.misses).toBe(4);
        expect(await renderJourneySvg(model, layouts)).toBe(first);
        expect([layouts.hits, layouts.misses], 'the two last stages were kept').toEqual([2, 6]);
    });

    it('places a stage too large for ELK by plain code, without loading ELK', async () => {
        const touchpoints = Array.from({ length: ELK_NODE_LIMIT + 1 }, (_, i) => `    touchpoint T${i} "Step ${i}"`).join('\n');
        const model = await generated(`journey J "Long" {\n  stage S "S" {\n${touchpoints}\n  }\n}\n`);
        const layouts = new StageLayouts(() => {
            throw new Error('ELK was loaded');
        });
        const svg = await renderJourneySvg(model, layouts);
        expect(svg.match(/class="cjm-touchpoint"/g)).toHaveLength(ELK_NODE_LIMIT + 1);
        expect(layouts.misses).toBe(1);
    });

    it('keeps what ELK answered in a store, and a later process draws the same bytes from it without loading ELK', async () => {
        const model = await generated(generatedJourney(60));
        const store = memoryStore();
        const cold = await renderJourneySvg(model, new StageLayouts(loadElk, undefined, store));
        expect(store.kept.size).toBe(model.stages.length);
        const later = new StageLayouts(() => {
            throw new Error('ELK was loaded');
        }, undefined, store);
        expect(await renderJourneySvg(model, later)).toBe(cold);
        expect([later.restored, later.misses]).toEqual([model.stages.length, 0]);
    });
});
