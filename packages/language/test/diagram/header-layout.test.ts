/**
 * The header, read back from the SVG as a reader sees it: the journey's state as a badge,
 * its product and owner, and the date it was reviewed, marked stale by stale-evidence's
 * own fact (the same "today" and evidenceMaxAgeDays lint uses), in the map's language.
 */
import { describe, expect, it } from 'vitest';
import { renderJourneySvg, type DiagramOptions } from '../../src/diagram/render-journey.js';
import { THEMES } from '../../src/diagram/theme.js';
import type { JourneyModel } from '../../src/index.js';
import { exampleJourneyModels, stageLayouts } from '../fixtures.js';

const examples = await exampleJourneyModels();
const layouts = stageLayouts();
const b2b = examples.find(model => model.name === 'SaasPurchase')!;
const karta = examples.find(model => model.name === 'СтуденческаяКарта')!;

/** The header group's markup (the SVG writes it on a line of its own) and its text lines, tags removed. */
async function header(model: JourneyModel, options: DiagramOptions): Promise<{ markup: string; text: string }> {
    const markup = /<g class="cjm-header">.*?(?=\n)/.exec(await renderJourneySvg(model, layouts, options))![0];
    return { markup, text: markup.replace(/<\/tspan>/g, '\n').replace(/<[^>]+>/g, '') };
}

const clock = (today: string): DiagramOptions => ({ evidence: { today, maxAgeDays: 365 } });

describe('the header', () => {
    it('shows the state as a badge, then the product and owner as labelled fields, then the review date', async () => {
        const { markup, text } = await header(b2b, clock('2026-11-23'));
        expect(markup).toContain('<g class="cjm-state" data-cjm-state="current">');
        expect(text.split('\n')).toEqual(expect.arrayContaining(['Current state', 'Product: Flowboard \u00b7 Owner: revenue-ops', 'Reviewed: 2026-10-14']));
        expect(markup).not.toContain('data-cjm-stale');
    });

    it('marks the review date stale past evidenceMaxAgeDays, in the stale colour, and never without a today', async () => {
        const { markup, text } = await header(b2b, clock('2028-01-01'));
        expect(text).toContain('Reviewed: 2026-10-14 (stale)');
        expect(markup).toMatch(new RegExp(`<g class="cjm-reviewed" data-cjm-stale="true"><text [^>]*fill="${THEMES.light.lane.stale}"`));
        expect((await header(b2b, {})).text).not.toContain('(stale)');
    });

    it('speaks the map\'s language, labelling every field so that no name is declined', async () => {
        const { text } = await header(karta, clock('2028-01-01'));
        expect(text).toContain('Текущее состояние');
        expect(text).toMatch(/Продукт: .+ · Владелец: /);
        expect(text).toContain('Дата пересмотра: 2026-10-16 (устарело)');
    });
});
