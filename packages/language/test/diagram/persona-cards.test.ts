import { beforeAll, describe, expect, it } from 'vitest';
import { shorten } from '../../src/diagram/persona-cards.js';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { personaView, type JourneyModel } from '../../src/index.js';
import { exampleJourneyModels, stageLayouts } from '../fixtures.js';

/** Each persona card's id and its lines of text, as drawn. */
function cards(svg: string): [string, string[]][] {
    return [...svg.matchAll(/<g class="cjm-persona" data-cjm-id="([^"]+)">(.*?)<\/g>/gs)]
        .map(([, id, body]) => [id, [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(match => match[1])]);
}

describe('persona cards under the header', () => {
    let model: JourneyModel;

    beforeAll(async () => {
        model = (await exampleJourneyModels()).find(item => item.name === 'CorporateHealth')!;
    });

    it('give each target persona a card: title, role, goal, need and quote', async () => {
        const drawn = cards(await renderJourneySvg(model, stageLayouts()));
        expect(drawn.map(([id]) => id)).toEqual(['HRManager', 'Employee']);
        const text = drawn[0][1].join(' ');
        expect(drawn[0][1].slice(0, 2)).toEqual(['HR manager', 'buyer']);
        expect(text).toContain('Goal: A benefit employees value, within');
        expect(text).toContain('\u201cI hear about the plan only when');
    });

    it('show only the viewed persona in its view', async () => {
        expect(cards(await renderJourneySvg(personaView(model, 'Employee'), stageLayouts())).map(([id]) => id)).toEqual(['Employee']);
    });

    it('shorten long texts at a word, with an ellipsis', () => {
        expect(shorten('short')).toBe('short');
        const long = 'word '.repeat(40).trim();
        expect(shorten(long).endsWith('word\u2026')).toBe(true);
        expect([...shorten(long)].length).toBeLessThanOrEqual(111);
    });

    it('give each card a <title> with its texts whole, so a shortened goal, need or quote can still be read', async () => {
        const long = 'A plan every employee understands on the first day, with the clinics near the office listed and the waiting times for each kept honest';
        const text = JSON.parse(JSON.stringify(model)) as JourneyModel;
        text.personas.find(persona => persona.name === 'Employee')!.attributes.unshift({ kind: 'goal', value: long });
        const svg = await renderJourneySvg(text, stageLayouts());
        const employee = /<g class="cjm-persona" data-cjm-id="Employee"><title>([^<]*)<\/title>/.exec(svg)![1];
        expect(employee.split('\n').slice(0, 3)).toEqual(['Employee', 'user', `Goal: ${long}`]);
        expect(cards(svg).find(([id]) => id === 'Employee')![1].join(' ')).toContain('\u2026');
    });
});
