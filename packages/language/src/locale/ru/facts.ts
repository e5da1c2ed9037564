import type { PersonaAttributeKind } from '../../model/journey-model.js';
import type { FactWords } from '../fact-words.js';

/** Each kind of attribute, one and several. */
const ATTRIBUTES_RU: Readonly<Record<PersonaAttributeKind, readonly [string, string]>> = {
    segment: ['Сегмент', 'Сегменты'], goal: ['Цель', 'Цели'], need: ['Потребность', 'Потребности'], motive: ['Мотив', 'Мотивы'],
    context: ['Контекст', 'Контексты'], habit: ['Привычка', 'Привычки'], quote: ['Цитата', 'Цитаты']
};

export const facts: FactWords = {
    kinds: {
        persona: 'персона', channel: 'канал', journey: 'путь', stage: 'этап',
        touchpoint: 'точка контакта', barrier: 'барьер', opportunity: 'возможность', metric: 'метрика'
    },
    attributes: (kind, count) => ATTRIBUTES_RU[kind][count === 1 ? 0 : 1],
    channelKind: kind => kind === undefined ? 'Канал, тип (онлайн или офлайн) не указан.' : `Канал, тип: ${kind === 'online' ? 'онлайн' : 'офлайн'}.`,
    local: journey => `Локальное объявление. Путь: \`${journey}\`.`,
    shared: file => `Общее объявление рабочей области. Файл: ${file}.`,
    target: 'Аудитория',
    stages: 'Этапы',
    notCalendarDate: 'такой даты в календаре нет',
    stageOf: (position, total, journey) => `Этап ${position} из ${total}. Путь: \`${journey}\`.`,
    coverage: { touchpoints: 'Точки контакта', metrics: 'Метрики', questions: 'Вопросы', barriers: 'Барьеры' },
    withTarget: (count, withTarget) => `${count}, с целью: ${withTarget}`,
    answered: (count, answered) => `${count}, с ответом: ${answered}`,
    mitigated: (count, mitigated) => `${count}, с мерами: ${mitigated}`,
    inStage: (stage, journey) => `Этап: ${stage}. Путь: \`${journey}\`.`,
    via: count => count === 1 ? 'Канал' : 'Каналы',
    for: count => count === 1 ? 'Персона' : 'Персоны',
    next: 'Далее',
    end: 'здесь путь заканчивается',
    unreachable: '**Недостижима:** ни один переход не ведёт сюда от первой точки контакта пути.',
    outsideScale: 'вне шкалы -2..+2',
    notGiven: 'не указана',
    at: 'Точка контакта',
    mitigations: 'Меры',
    notMitigated: '**Мер нет:** ни мера, ни возможность не устраняют этот барьер.',
    resolvedSeverity: severity => `серьёзность: ${severity}`,
    values: { baseline: 'исходное', target: 'цель', actual: 'факт' },
    noValues: 'Значений пока нет.',
    direction: direction => direction === 'up' ? 'Направление: вверх (чем больше, тем лучше)' : 'Направление: вниз (чем меньше, тем лучше)',
    noTarget: 'цели пока нет',
    unitsDiffer: '**Единицы не совпадают** у исходного значения, цели и факта.',
    answerTo: question => `**ответ** на вопрос \u00ab${question}\u00bb`,
    from: source => `Источник: ${source}`,
    noSource: 'Источник не указан',
    sample: size => `выборка: ${size}`,
    dated: (date, age) => `Дата: ${date}, ${age}`,
    notDated: 'Дата не указана: возраст данных неизвестен.',
    age: {
        old: (days, months, today) => `возраст на ${today}, дней: ${days}${months >= 1 ? ` (месяцев: около ${months})` : ''}`,
        after: (days, today) => `позже сегодняшнего дня (${today}), дней: ${days}.`,
        fresh: maxAgeDays => `данные свежие, в пределах evidenceMaxAgeDays (${maxAgeDays}).`,
        stale: maxAgeDays => `данные **устарели**, старше evidenceMaxAgeDays (${maxAgeDays}).`
    }
};
