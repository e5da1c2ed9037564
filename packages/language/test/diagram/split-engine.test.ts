import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { splitEngine } from '../../src/diagram/split-engine.js';
import { StageLayouts } from '../../src/diagram/stage-layouts.js';
import type { ElkEngine, ElkNode } from '../../src/diagram/elk-engine.js';
import { loadElk } from '../../src/node/elk-node.js';
import { generatedJourney, journeyModels } from '../fixtures.js';

/** An engine that counts the stages it was given. */
function counting(engine: ElkEngine): ElkEngine & { stages: number } {
    const counted = {
        stages: 0,
        layout: (root: ElkNode) => {
            counted.stages += root.children?.length ?? 0;
            return engine.layout(root);
        }
    };
    return counted;
}

describe('splitEngine', () => {
    it('lays out half of many stages with the other engine, and draws the same bytes as one engine', async () => {
        const model = Object.values(await journeyModels(generatedJourney(120)))[0];
        const one = await renderJourneySvg(model, new StageLayouts(loadElk));
        const here = counting(loadElk());
        const there = counting(loadElk());
        const split = await renderJourneySvg(model, new StageLayouts(() => splitEngine(here, () => there, 4)));
        expect(split).toBe(one);
        expect([here.stages, there.stages]).toEqual([Math.ceil(model.stages.length / 2), Math.floor(model.stages.length / 2)]);
    });

    it('never starts the other engine for fewer stages than it was told', async () => {
        const model = Object.values(await journeyModels(generatedJourney(30)))[0];
        const split = splitEngine(loadElk(), () => {
            throw new Error('the other engine was started');
        }, model.stages.length + 1);
        expect(await renderJourneySvg(model, new StageLayouts(() => split))).toContain('<svg');
    });
});
