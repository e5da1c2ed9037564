import type { JourneyState, PersonaRole } from '../../model/journey-model.js';
import type { DiagramWords } from '../diagram-words.js';
import { BARRIER_SEVERITY, EVIDENCE_SOURCE, OWNER, PERSONA_ATTRIBUTE, REVIEWED } from './terms.js';

const ROLE_RU: Readonly<Record<PersonaRole, string>> = { buyer: 'покупатель', user: 'пользователь', decider: 'принимает решение', influencer: 'влияет на выбор' };
const STATE_RU: Readonly<Record<JourneyState, string>> = { current: 'Текущее состояние', future: 'Целевое состояние', research: 'Исследование' };

export const diagram: DiagramWords = {
    objective: 'Цель',
    problem: 'Проблема',
    targets: 'Аудитория',
    product: 'Продукт',
    owner: OWNER,
    reviewed: REVIEWED,
    state: state => STATE_RU[state],
    channels: count => count === 1 ? 'Канал' : 'Каналы',
    personas: count => count === 1 ? 'Персона' : 'Персоны',
    resolves: 'Устраняет',
    severity: severity => `Серьёзность: ${BARRIER_SEVERITY[severity]}`,
    severityName: severity => BARRIER_SEVERITY[severity],
    mitigation: 'Мера',
    noMitigation: 'Мер нет',
    noTouchpoints: persona => persona ? 'У этой персоны на этом этапе касаний нет' : 'Касаний пока нет',
    lanes: { action: 'Делает', thought: 'Думает', emotion: 'Чувствует', metric: 'Метрики', research: 'Исследования' },
    quote: text => `\u00ab${text}\u00bb`,
    actual: 'факт',
    met: 'достигнута',
    notMet: 'не достигнута',
    source: 'Источник',
    measured: 'Дата замера',
    evidenceSource: source => EVIDENCE_SOURCE[source],
    sample: size => `n=${size}`,
    openQuestion: 'Открытый вопрос',
    more: count => `ещё ${count}`,
    stale: 'устарело',
    role: role => ROLE_RU[role],
    customer: 'Клиент',
    goal: PERSONA_ATTRIBUTE.goal,
    need: PERSONA_ATTRIBUTE.need,
    view: 'Точка зрения',
    legend: { title: 'Обозначения', next: 'далее', branch: 'ветвление', loopBack: 'возврат', otherStage: 'другой этап' },
    colours: { emotion: 'Эмоция', levels: ['очень плохо', 'плохо', 'нейтрально', 'хорошо', 'очень хорошо'], severity: 'Серьёзность барьера' }
};
