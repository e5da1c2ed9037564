import type { BarrierSeverity, ChannelKind, JourneyState } from '../../model/journey-model.js';
import type { Severity } from '../../validation/rules.js';
import type { SiteWords } from '../site-words.js';

const STATES: Readonly<Record<JourneyState, string>> = { current: 'текущий', future: 'будущий', research: 'исследование' };
const SEVERITIES: Readonly<Record<Severity, string>> = { error: 'ошибка', warning: 'предупреждение', info: 'сведение' };
const BARRIER_SEVERITIES: Readonly<Record<BarrierSeverity, string>> = { low: 'низкая', medium: 'средняя', high: 'высокая', critical: 'критическая' };
const KINDS: Readonly<Record<ChannelKind, string>> = { online: 'онлайн', offline: 'офлайн' };
const ATTRIBUTES: Readonly<Record<string, string>> = {
    segment: 'Сегмент', goal: 'Цель', need: 'Потребность', motive: 'Мотив', context: 'Контекст', habit: 'Привычка', quote: 'Цитата'
};

/** The Russian plural form of `count`: 1 ошибка, 2 ошибки, 5 ошибок. */
function plural(count: number, one: string, few: string, many: string): string {
    const tens = count % 100;
    const units = count % 10;
    const form = tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many;
    return `${count} ${form}`;
}

export const site: SiteWords = {
    siteTitle: 'Карты пути клиента',
    skipToContent: 'К содержимому',
    navigation: 'Сайт',
    pages: { index: 'Пути', personas: 'Персоны', channels: 'Каналы', barriers: 'Барьеры и возможности', metrics: 'Метрики', research: 'Исследования' },
    search: {
        label: 'Поиск по картам', placeholder: 'Поиск', none: 'Ничего не найдено.'
    },
    product: 'Продукт',
    state: 'Состояние',
    states: state => STATES[state],
    owner: 'Владелец',
    personas: 'Персоны',
    stages: 'Этапы',
    coverage: 'Покрытие',
    metricCoverage: (covered, stages) => `Цели метрик: этапов ${covered} из ${stages}`,
    researchCoverage: (covered, stages) => `Ответы исследований: этапов ${covered} из ${stages}`,
    status: 'Проверка',
    findings: (errors, warnings) => `${plural(errors, 'ошибка', 'ошибки', 'ошибок')}, ${plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}`,
    clean: 'замечаний нет',
    newestEvidence: 'Свежайшие данные',
    reviewed: 'Пересмотрена',
    stale: 'устарело',
    none: 'нет',
    filters: 'Отбор и порядок',
    all: 'Все',
    sortBy: 'Порядок',
    sortTitle: 'Название',
    withErrors: 'С ошибками',
    withWarnings: 'С предупреждениями',
    notParsed: 'Карты с синтаксическими ошибками',
    notParsedNote: 'Их пути не показаны, пока ошибки не исправлены.',
    picture: 'Схема',
    zoomIn: 'Крупнее',
    zoomOut: 'Мельче',
    fit: 'По ширине',
    view: 'Взгляд',
    wholeJourney: 'Все персоны',
    brief: 'Кратко',
    objective: 'Цель',
    problem: 'Проблема',
    targets: 'Аудитория',
    details: 'Подробности',
    detailsHint: 'Нажмите на элемент схемы или выберите его клавишей Tab, чтобы увидеть всё, что о нём сказано в карте.',
    closePanel: 'Закрыть',
    downloads: 'Скачать',
    file: 'Файл',
    rule: 'Правило',
    line: 'Строка',
    message: 'Сообщение',
    severity: severity => SEVERITIES[severity],
    stage: 'Этап',
    touchpoint: 'Точка контакта',
    barrier: 'Барьер',
    opportunity: 'Возможность',
    persona: 'Персона',
    channel: 'Канал',
    channels: 'Каналы',
    acrossJourneys: 'Во всех путях',
    eachJourney: 'Каждый путь',
    channelKind: kind => kind === undefined ? 'не указан' : KINDS[kind],
    emotion: 'Эмоция',
    emotions: 'Эмоции',
    actions: 'Делает',
    thoughts: 'Думает',
    description: 'Описание',
    severityLabel: 'Серьёзность',
    barrierSeverity: severity => BARRIER_SEVERITIES[severity],
    mitigations: 'Меры',
    mitigated: 'есть меры',
    notMitigated: 'мер нет',
    resolves: 'Снимает барьеры',
    resolvedBy: 'Снимается возможностями',
    at: 'Точка контакта',
    journey: 'Путь',
    journeys: 'Пути',
    role: 'Роль',
    attribute: kind => ATTRIBUTES[kind] ?? kind,
    metric: 'Метрика',
    baseline: 'Исходное',
    target: 'Цель',
    actual: 'Факт',
    met: 'достигнута',
    notMet: 'не достигнута',
    unknown: 'неизвестно',
    source: 'Источник',
    measured: 'Измерено',
    question: 'Вопрос',
    answered: 'есть ответ',
    open: 'открыт',
    answers: 'Ответы',
    date: 'Дата',
    sample: 'Выборка',
    age: days => `Давность, дней: ${days}`,
    ruleHelp: 'Как исправить',
    defaultSeverity: 'Строгость по умолчанию',
    builtWith: 'Собрано cjm из карт репозитория.'
};
