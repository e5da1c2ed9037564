import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { journeyModel, stageLayouts } from '../fixtures.js';
import { readSvg, type SvgPoint, type SvgRect } from './svg-contract.js';

// A map with duplicate-name errors is still drawn as written: two declarations with one
// name are two boxes, and the flow from one to the other runs between them.

const DUPLICATES = `journey J "Checkout" {
  stage Pay "Pay" {
    touchpoint Card "Enters the card"
    touchpoint Card "Enters the card again"
    touchpoint Done "Sees the receipt"
    barrier Slow "Slow form" at Card severity high
    barrier Slow "Slow bank page" severity low
  }
}
`;

const onBorder = (point: SvgPoint, rect: SvgRect): boolean =>
    point.x >= rect.x - 0.5 && point.x <= rect.x + rect.width + 0.5 && point.y >= rect.y - 0.5 && point.y <= rect.y + rect.height + 0.5;

describe('declarations that share a name', () => {
    it('are drawn as two boxes each, with the name as written', async () => {
        const view = readSvg(await renderJourneySvg(await journeyModel(DUPLICATES, 'J'), stageLayouts()));
        expect(view.touchpoints.map(box => box.id)).toEqual(['Card', 'Card', 'Done']);
        expect(view.barriers.map(box => box.id)).toEqual(['Slow', 'Slow']);
        const [first, second] = view.touchpoints.map(box => box.rect!);
        expect(first).not.toEqual(second);
    });

    it('never become a self-loop: the flow from the first to the second joins the two boxes', async () => {
        const view = readSvg(await renderJourneySvg(await journeyModel(DUPLICATES, 'J'), stageLayouts()));
        const [first, second] = view.touchpoints.map(box => box.rect!);
        const between = view.flows.filter(flow => flow.from === 'Card' && flow.to === 'Card');
        expect(between).toHaveLength(1);
        const points = between[0].points!;
        expect(onBorder(points[0], first)).toBe(true);
        expect(onBorder(points.at(-1)!, second)).toBe(true);
    });
});
