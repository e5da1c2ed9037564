import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { edit, generatedJourney, journeyModels, stageLayouts } from '../fixtures.js';

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
});
