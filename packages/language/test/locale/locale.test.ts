/**
 * The language of the picture's own words: forced, else configured, else Russian when most
 * of the journey's titles are Cyrillic. Shown on the rendered SVG, as a reader sees it.
 */
import { describe, expect, it } from 'vitest';
import { chooseLocale, mapLocale } from '../../src/locale/locale.js';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { MESSAGES } from '../../src/locale/messages.js';
import type { JourneyModel } from '../../src/index.js';
import { CLEAN_JOURNEY, edit, exampleJourneyModels, journeyModel, stageLayouts } from '../fixtures.js';
import { lineText, readSvg } from '../diagram/svg-contract.js';

const examples = await exampleJourneyModels();
const russian = examples.find(model => model.name === 'СтуденческаяКарта')!;
/** The examples written in Russian. */
const RUSSIAN = new Set(['СтуденческаяКарта', 'ДМССотрудников']);
const layouts = stageLayouts();

/** Every text line of the SVG. */
async function words(model: JourneyModel, locale?: 'en' | 'ru'): Promise<string[]> {
    return readSvg(await renderJourneySvg(model, layouts, locale === undefined ? {} : { locale })).texts.map(lineText);
}

describe('the picture\'s language', () => {
    it('is Russian for the Russian examples and English for every other, by their titles', () => {
        expect(russian.title).toMatch(/[а-я]/);
        expect(Object.fromEntries(examples.map(model => [model.name, mapLocale(model)])))
            .toEqual(Object.fromEntries(examples.map(model => [model.name, RUSSIAN.has(model.name) ? 'ru' : 'en'])));
    });

    it('speaks Russian on a Russian map: the brief, the lanes, labelled channels and severities', async () => {
        const lines = await words(russian);
        expect(lines.some(line => line.startsWith('Цель: '))).toBe(true);
        expect(lines).toEqual(expect.arrayContaining(['Делает', 'Думает', 'Чувствует', 'Метрики', 'Исследования']));
        expect(lines.some(line => /^Каналы?: /.test(line))).toBe(true);
        expect(lines.some(line => /^Серьёзность: (низкая|средняя|высокая|критическая)$/.test(line))).toBe(true);
        expect(lines.some(line => /^(Objective|Does|Channels?:|Severity)/.test(line))).toBe(false);
    });

    it('speaks English on the same map when forced, and Russian on an English map when forced', async () => {
        const lines = await words(russian, 'en');
        expect(lines).toEqual(expect.arrayContaining(['Does', 'Feels', 'Research']));
        expect(lines.some(line => /^(Цель|Делает|Каналы?:)/.test(line))).toBe(false);
        expect(await words(await journeyModel(CLEAN_JOURNEY, 'Onboarding'), 'ru')).toEqual(expect.arrayContaining(['Метрики', 'Персона: Early-stage founder']));
    });

    it('follows most titles, not one: a Russian journey title over English stages and touchpoints stays English', async () => {
        const mixed = await journeyModel(edit(CLEAN_JOURNEY, { '"SaaS onboarding"': '"Подключение"' }), 'Onboarding');
        expect(mapLocale(mixed)).toBe('en');
        const russianStage = await journeyModel(edit(CLEAN_JOURNEY, {
            '"SaaS onboarding"': '"Подключение"', 'stage Awareness "Awareness"': 'stage Awareness "Узнаёт о нас"'
        }), 'Onboarding');
        expect(mapLocale(russianStage)).toBe('ru');
    });

    it('is chosen forced first, then configured, then by the map', () => {
        expect(chooseLocale(russian, 'en', 'ru')).toBe('en');
        expect(chooseLocale(russian, undefined, 'en')).toBe('en');
        expect(chooseLocale(russian)).toBe('ru');
    });

    it('has every word in every language, and the legend\'s words for the flow styles', () => {
        for (const { diagram: words } of Object.values(MESSAGES)) {
            expect(Object.values(words.lanes).every(title => title !== '')).toBe(true);
            expect(Object.values(words.legend).every(word => word !== '')).toBe(true);
        }
        expect(MESSAGES.ru.diagram.legend).toEqual({ title: 'Обозначения', next: 'далее', branch: 'ветвление', loopBack: 'возврат', otherStage: 'другой этап' });
    });
});
