import type { BarrierSeverity, PersonaRole } from '../../model/journey-model.js';
import type { DiagramWords } from '../diagram-words.js';

const ROLE_RU: Readonly<Record<PersonaRole, string>> = { buyer: 'покупатель', user: 'пользователь', decider: 'принимает решение', influencer: 'влияет на выбор' };
const SEVERITY_RU: Readonly<Record<BarrierSeverity, string>> = { low: 'низкая', medium: 'средняя', high: 'высокая', critical: 'критическая' };

export const diagram: DiagramWords = {
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
    legend: { title: 'Обозначения', next: 'далее', branch: 'ветвление', loopBack: 'возврат', otherStage: 'другой этап' }
};
