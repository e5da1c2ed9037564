/**
 * The diagram's own words (not the map's), in every language the picture speaks: one
 * table, so that a word added for one language is a type error until every language has
 * it. The header, the boxes, the lanes, the legend and the HTML page's buttons read it.
 */
import type { BarrierSeverity, PersonaRole } from '../model/journey-model.js';
import type { LaneKind } from './diagram-layout.js';

export type Locale = 'en' | 'ru';

export const LOCALES: readonly Locale[] = ['en', 'ru'];

export interface Words {
    objective: string;
    problem: string;
    targets: string;
    /** Before a touchpoint's channels and personas: `via Email`, `for Founder`. */
    via: string;
    for: string;
    /** An opportunity that resolves barriers drawn elsewhere: `(resolves Seat pricing)`. */
    resolves: string;
    /** A barrier's severity spelled out: `severity: high`. */
    severity: (severity: BarrierSeverity) => string;
    lanes: Readonly<Record<LaneKind, string>>;
    /** A thought in the language's quotation marks. */
    quote: (text: string) => string;
    actual: string;
    met: string;
    notMet: string;
    /** `Questions answered: 2/3`. */
    answered: (answered: number, questions: number) => string;
    /** `Newest evidence: 2026-09-15`. */
    newestEvidence: (date: string) => string;
    /** Marks stale evidence. */
    stale: string;
    /** Some answers of a stage are stale, its newest is not. */
    staleAnswers: (stale: number, dated: number) => string;
    /** A persona's role spelled out: `buyer`, `user`, ... */
    role: (role: PersonaRole) => string;
    /** The emotion curve of touchpoints that name no persona. */
    customer: string;
    /** Labels on a persona's card. */
    goal: string;
    need: string;
    /** Under the title of one persona's view: `View: HR manager`. */
    view: string;
    legend: { title: string; next: string; branch: string; loopBack: string; otherStage: string };
    page: { toolbar: string; zoomIn: string; zoomOut: string; fit: string; fitTitle: string };
}

const SEVERITY_EN: Readonly<Record<BarrierSeverity, string>> = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' };
const ROLE_EN: Readonly<Record<PersonaRole, string>> = { buyer: 'buyer', user: 'user', decider: 'decider', influencer: 'influencer' };
const ROLE_RU: Readonly<Record<PersonaRole, string>> = { buyer: 'покупатель', user: 'пользователь', decider: 'принимает решение', influencer: 'влияет на выбор' };
const SEVERITY_RU: Readonly<Record<BarrierSeverity, string>> = { low: 'низкая', medium: 'средняя', high: 'высокая', critical: 'критическая' };

export const WORDS: Readonly<Record<Locale, Words>> = {
    en: {
        objective: 'Objective',
        problem: 'Problem',
        targets: 'Targets',
        via: 'via',
        for: 'for',
        resolves: 'resolves',
        severity: severity => `severity: ${SEVERITY_EN[severity]}`,
        lanes: { action: 'Does', thought: 'Thinks', emotion: 'Feels', metric: 'Metrics', research: 'Research' },
        quote: text => `\u201c${text}\u201d`,
        actual: 'actual',
        met: 'met',
        notMet: 'not met',
        answered: (answered, questions) => `Questions answered: ${answered}/${questions}`,
        newestEvidence: date => `Newest evidence: ${date}`,
        stale: 'stale',
        staleAnswers: (stale, dated) => `${stale} of ${dated} dated answers stale`,
        role: role => ROLE_EN[role],
        customer: 'Customer',
        goal: 'Goal',
        need: 'Need',
        view: 'View',
        legend: { title: 'Legend', next: 'next', branch: 'branch', loopBack: 'loop back', otherStage: 'other stage' },
        page: { toolbar: 'Zoom', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', fitTitle: 'Fit to window' }
    },
    ru: {
        objective: 'Цель',
        problem: 'Проблема',
        targets: 'Аудитория',
        via: 'через',
        for: 'для',
        resolves: 'устраняет',
        severity: severity => `серьёзность: ${SEVERITY_RU[severity]}`,
        lanes: { action: 'Делает', thought: 'Думает', emotion: 'Чувствует', metric: 'Метрики', research: 'Исследования' },
        quote: text => `\u00ab${text}\u00bb`,
        actual: 'факт',
        met: 'достигнута',
        notMet: 'не достигнута',
        answered: (answered, questions) => `Вопросов с ответом: ${answered}/${questions}`,
        newestEvidence: date => `Последние данные: ${date}`,
        stale: 'устарели',
        staleAnswers: (stale, dated) => `Устарели ответы: ${stale} из ${dated}`,
        role: role => ROLE_RU[role],
        customer: 'Клиент',
        goal: 'Цель',
        need: 'Потребность',
        view: 'Точка зрения',
        legend: { title: 'Обозначения', next: 'далее', branch: 'ветвление', loopBack: 'возврат', otherStage: 'другой этап' },
        page: { toolbar: 'Масштаб', zoomIn: 'Крупнее', zoomOut: 'Мельче', fit: 'Вписать', fitTitle: 'Вписать в окно' }
    }
};
