import { loweredTerms } from '../lowered-terms.js';
import type { ReportWords } from '../report-words.js';
import { BARRIER_SEVERITY, CHANNEL_KIND, EVIDENCE_SOURCE, FINDING_SEVERITY, JOURNEY_STATE, OWNER, PERSONA_ATTRIBUTE, REVIEWED } from './terms.js';

export const report: ReportWords = {
    headings: {
        brief: 'Сводка',
        personas: 'Персоны',
        channels: 'Каналы',
        diagram: 'Путь на одной схеме',
        stage: 'Этап',
        touchpoints: 'Точки контакта',
        lived: 'Точки контакта подробно',
        barriers: 'Барьеры',
        opportunities: 'Возможности',
        metrics: 'Метрики',
        questions: 'Вопросы исследования',
        coverage: 'Покрытие',
        diagnostics: 'Замечания проверки'
    },
    brief: {
        journey: 'Идентификатор пути', product: 'Продукт', state: 'Состояние', objective: 'Цель', problem: 'Проблема',
        targets: 'Целевые персоны', view: 'Точка зрения', owner: OWNER, reviewed: REVIEWED
    },
    state: JOURNEY_STATE,
    role: 'Роль',
    attribute: PERSONA_ATTRIBUTE,
    channels: { channel: 'Канал', kind: 'Тип', description: 'Описание' },
    channelKind: CHANNEL_KIND,
    touchpoints: { touchpoint: 'Точка контакта', channels: 'Каналы', personas: 'Персоны', emotion: 'Эмоция', then: 'Далее' },
    end: 'конец пути',
    lived: { description: 'Описание', owner: OWNER, does: 'Делает', thinks: 'Думает' },
    barrier: { severity: 'Серьёзность', touchpoint: 'Точка контакта', mitigation: 'Мера', resolvedBy: 'Решение', notMitigated: 'Мер пока нет' },
    severity: BARRIER_SEVERITY,
    opportunity: { resolves: 'Устраняет барьеры', description: 'Описание' },
    metrics: { metric: 'Метрика', baseline: 'Исходное', target: 'Цель', actual: 'Факт', status: 'Статус', source: 'Источник', measured: 'Дата замера' },
    metricStatus: { met: 'достигнута', notMet: 'не достигнута', noActual: 'факта пока нет', noTarget: 'цели нет' },
    stale: 'устарело',
    answer: { source: 'Источник', date: 'Дата', sample: 'Выборка', none: 'Ответа пока нет' },
    evidenceSource: loweredTerms(EVIDENCE_SOURCE, 'ru'),
    coverage: { stage: 'Этап', metrics: 'Метрики', answered: 'Вопросы с ответом', barriers: 'Барьеры', mitigated: 'Барьеры с мерами' },
    ofTotal: (count, total) => `${count} из ${total}`,
    diagnostics: { file: 'Файл', line: 'Строка', column: 'Столбец', severity: 'Важность', rule: 'Правило', message: 'Сообщение', none: 'Замечаний нет.' },
    diagnosticSeverity: FINDING_SEVERITY,
    page: { toolbar: 'Масштаб', zoomIn: 'Крупнее', zoomOut: 'Мельче', fit: 'Вписать', fitTitle: 'Вписать в окно' }
};
