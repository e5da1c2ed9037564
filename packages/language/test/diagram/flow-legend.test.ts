/**
 * The legend of flow styles, read back from the SVG as a reader sees it: its title and the
 * name of each flow style drawn, in the picture's language, inside the legend's box.
 */
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import type { JourneyModel, Locale } from '../../src/index.js';
import { exampleJourneyModels, stageLayouts } from '../fixtures.js';
import { lineLeft, lineText, lineWidth, readSvg } from './svg-contract.js';

const examples = await exampleJourneyModels();
const russian = examples.find(model => model.name === 'СтуденческаяКарта')!;
const layouts = stageLayouts();

/** The legend's box and its text lines, top to bottom and left to right. */
async function legend(model: JourneyModel, locale?: Locale): Promise<{ box: { x: number; y: number; width: number; height: number }; lines: string[]; fits: boolean }> {
    const svg = await renderJourneySvg(model, layouts, locale === undefined ? {} : { locale });
    const group = /<g class="cjm-legend"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    const [x, y, width, height] = group.slice(1).map(Number);
    const inside = readSvg(svg).texts.filter(line => line.owner === undefined && line.y > y && line.y < y + height && line.x >= x && line.x < x + width);
    const fits = inside.every(line => lineLeft(line) >= x && lineLeft(line) + lineWidth(line) <= x + width);
    return { box: { x, y, width, height }, lines: inside.map(lineText), fits };
}

describe('the legend of flow styles', () => {
    it('speaks Russian on a Russian map: its title and the name of each style drawn', async () => {
        const { lines, fits } = await legend(russian);
        expect(lines[0]).toBe('Обозначения');
        expect(lines.slice(1).every(line => ['далее', 'ветвление', 'возврат', 'другой этап'].includes(line)), lines.join(', ')).toBe(true);
        expect(lines.length).toBeGreaterThan(1);
        expect(fits, 'every word inside the legend\'s box').toBe(true);
    });

    it('speaks English on the same map when forced, in the same order of styles', async () => {
        const english = await legend(russian, 'en');
        const words = { далее: 'next', ветвление: 'branch', возврат: 'loop back', 'другой этап': 'other stage' } as Record<string, string>;
        expect(english.lines).toEqual(['Legend', ...(await legend(russian)).lines.slice(1).map(word => words[word])]);
        expect(english.fits).toBe(true);
    });

    it('is titled in each example\'s own language', async () => {
        for (const model of examples) {
            const { lines } = await legend(model);
            expect(lines[0], model.name).toBe(/[а-яё]/i.test(model.title ?? '') ? 'Обозначения' : 'Legend');
        }
    });
});
