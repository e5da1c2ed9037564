/**
 * The emotion lane with several personas, read from the SVG as a reader sees it: one
 * curve per persona, each point under its own touchpoint's box, the curve split where the
 * journey branches and no line drawn back for a loop. The fixture is the corporate health
 * insurance example: the HR manager buys, the employee uses, the broker advises.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../../src/diagram/render-journey.js';
import type { JourneyModel } from '../../../src/index.js';
import { exampleJourneyModels, journeyModel, stageLayouts, CLEAN_JOURNEY } from '../../fixtures.js';
import { parsePath, readSvg } from '../svg-contract.js';

interface DrawnPoint { touchpoint: string; persona?: string; x: number; y: number }

/** Each `cjm-emotion` group's touchpoint, persona and marker centre (markers are centred on their first x for paths). */
function emotionPoints(svg: string): DrawnPoint[] {
    const groups = svg.matchAll(/<g class="cjm-emotion" data-cjm-touchpoint="([^"]+)"(?: data-cjm-persona="([^"]+)")?[^>]*>(<[^>]+>)/g);
    return [...groups].map(([, touchpoint, persona, shape]) => {
        const attribute = (name: string): number => Number(new RegExp(` ${name}="([^"]+)"`).exec(shape)![1]);
        const centre = shape.startsWith('<circle') ? { x: attribute('cx'), y: attribute('cy') }
            : shape.startsWith('<rect') ? { x: attribute('x') + attribute('width') / 2, y: attribute('y') + attribute('height') / 2 }
            : { x: parsePath(/ d="([^"]+)"/.exec(shape)![1]).subpaths[0][0].x, y: NaN };
        return { touchpoint, ...(persona === undefined ? {} : { persona }), ...centre };
    });
}

/** Each curve's lines, by persona, as [from x, to x] pairs. */
function curveLines(svg: string): Map<string, { x: number; y: number }[][]> {
    const curves = svg.matchAll(/<path class="cjm-emotion-curve"(?: data-cjm-persona="([^"]+)")? d="([^"]+)"/g);
    return new Map([...curves].map(([, persona, d]) => [persona ?? '', parsePath(d).subpaths]));
}

describe('the emotion lane with several personas', () => {
    let model: JourneyModel;
    let svg: string;

    beforeAll(async () => {
        model = (await exampleJourneyModels()).find(item => item.name === 'CorporateHealth')!;
        svg = await renderJourneySvg(model, stageLayouts());
    });

    it('draws one curve per persona with emotions, named in a key with its role', () => {
        expect([...curveLines(svg).keys()]).toEqual(['HRManager', 'Employee', 'Broker']);
        expect([...svg.matchAll(/<g class="cjm-emotion-key" data-cjm-persona="([^"]+)">.*?<tspan[^>]*>([^<]+)<\/tspan>/g)].map(match => [match[1], match[2]]))
            .toEqual([['HRManager', 'HR manager (buyer)'], ['Employee', 'Employee (user)'], ['Broker', 'Insurance broker (influencer)']]);
    });

    it('gives each persona\'s emotion its own point, whose x lies within its touchpoint\'s rect', () => {
        const rects = new Map(readSvg(svg).touchpoints.map(box => [box.id, box.rect!]));
        const points = emotionPoints(svg);
        expect(points.map(point => `${point.touchpoint}/${point.persona}`).sort())
            .toEqual(model.stages.flatMap(stage => stage.touchpoints).flatMap(touchpoint => touchpoint.emotions.map(felt => `${touchpoint.name}/${felt.persona}`)).sort());
        for (const point of points) {
            const rect = rects.get(point.touchpoint)!;
            expect(point.x, `${point.touchpoint}/${point.persona}`).toBeGreaterThan(rect.x);
            expect(point.x, `${point.touchpoint}/${point.persona}`).toBeLessThan(rect.x + rect.width);
        }
    });

    it('splits the employee\'s curve into the two arms of the booking branch, never joining the arms', () => {
        const at = new Map(emotionPoints(svg).filter(point => point.persona === 'Employee').map(point => [point.touchpoint, point.x]));
        const lines = curveLines(svg).get('Employee')!.map(line => line.map(point => point.x));
        const joins = (a: string, b: string): boolean => lines.some(([from, to]) => (from === at.get(a) && to === at.get(b)) || (from === at.get(b) && to === at.get(a)));
        expect(joins('PolicyCard', 'BookApp')).toBe(true);
        expect(joins('PolicyCard', 'BookCall')).toBe(true);
        expect(joins('BookApp', 'BookCall')).toBe(false);
        expect(joins('BookApp', 'Visit') && joins('BookCall', 'Visit')).toBe(true);
    });

    it('draws no line back for a loop, and joins a flow through touchpoints of other personas', () => {
        const at = new Map(emotionPoints(svg).filter(point => point.persona === 'HRManager').map(point => [point.touchpoint, point.x]));
        const lines = curveLines(svg).get('HRManager')!.map(line => line.map(point => point.x));
        expect(lines.every(([from, to]) => to > from)).toBe(true);
        expect(lines.some(([from, to]) => from === at.get('RenewalTalk') && to === at.get('Offers'))).toBe(false);
        // Webinar -> PolicyCard -> (the employee's visit) -> UsageReport: the HR manager's curve goes on at the report.
        expect(lines.some(([from, to]) => from === at.get('Webinar') && to === at.get('UsageReport'))).toBe(true);
    });

    it('draws one curve as before: grey, points in the emotion\'s colour, no key', async () => {
        const single = await renderJourneySvg(await journeyModel(CLEAN_JOURNEY, 'Onboarding'), stageLayouts());
        expect(single).not.toContain('cjm-emotion-key');
        expect(emotionPoints(single)).toEqual([expect.objectContaining({ touchpoint: 'Landing', persona: 'Founder' })]);
    });
});
