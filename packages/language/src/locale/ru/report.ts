import type { ReportWords } from '../report-words.js';

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
        targets: 'Целевые персоны', view: 'Точка зрения', owner: 'Ответственный', reviewed: 'Проверено'
    },
    state: { current: 'текущее', future: 'целевое', research: 'исследование' },
    role: 'Роль',
    attribute: { segment: 'Сегмент', goal: 'Цель', need: 'Потребность', motive: 'Мотив', context: 'Контекст', habit: 'Привычка', quote: 'Цитата' },
    channels: { channel: 'Канал', kind: 'Тип', description: 'Описание' },
    channelKind: { online: 'онлайн', offline: 'офлайн' },
    touchpoints: { touchpoint: 'Точка контакта', channels: 'Каналы', personas: 'Персоны', emotion: 'Эмоция', then: 'Далее' },
    end: 'конец пути',
    lived: { description: 'Описание', owner: 'Ответственный', does: 'Делает', thinks: 'Думает' },
    barrier: { severity: 'Серьёзность', touchpoint: 'Точка контакта', mitigation: 'Мера', resolvedBy: 'Решение', notMitigated: 'Мер пока нет' },
    severity: { low: 'низкая', medium: 'средняя', high: 'высокая', critical: 'критическая' },
    opportunity: { resolves: 'Устраняет барьеры', description: 'Описание' },
    metrics: { metric: 'Метрика', baseline: 'Исходное', target: 'Цель', actual: 'Факт', status: 'Статус', source: 'Источник', measured: 'Дата замера' },
    metricStatus: { met: 'достигнута', notMet: 'не достигнута', noActual: 'факта пока нет', noTarget: 'цели нет' },
    stale: 'устарело',
    answer: { source: 'Источник', date: 'Дата', sample: 'Выборка', none: 'Ответа пока нет' },
    evidenceSource: {
        interview: 'интервью', survey: 'опрос', analytics: 'аналитика', support: 'поддержка', sales: 'продажи',
        experiment: 'эксперимент', review: 'отзывы', desk: 'кабинетное исследование'
    },
    coverage: { stage: 'Этап', metrics: 'Метрики', answered: 'Вопросы с ответом', barriers: 'Барьеры', mitigated: 'Барьеры с мерами' },
    ofTotal: (count, total) => `${count} из ${total}`,
    diagnostics: { file: 'Файл', line: 'Строка', column: 'Столбец', severity: 'Важность', rule: 'Правило', message: 'Сообщение', none: 'Замечаний нет.' },
    diagnosticSeverity: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
    page: { toolbar: 'Масштаб', zoomIn: 'Крупнее', zoomOut: 'Мельче', fit: 'Вписать', fitTitle: 'Вписать в окно' }
};
