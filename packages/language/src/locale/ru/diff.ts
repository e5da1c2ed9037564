import type { DiffWords } from '../diff-words.js';
import { BARRIER_SEVERITY, CHANNEL_KIND, JOURNEY_STATE } from './terms.js';

// Labelled fields, never a preposition before a map's name (no declension).
export const diff: DiffWords = {
    heading: 'Изменения карты пути',
    noChanges: 'По смыслу ничего не изменилось.',
    summary: (total, added, removed, changed) => {
        const counts = [[added, 'добавлено'], [removed, 'удалено'], [changed, 'изменено']].filter(([count]) => count !== 0).map(([count, word]) => `${word}: ${count}`);
        return total === 0 ? 'изменений нет' : `Изменений: ${total} (${counts.join(', ')})`;
    },
    element: {
        journey: 'путь', stage: 'этап', touchpoint: 'точка контакта', barrier: 'барьер', opportunity: 'возможность',
        metric: 'метрика', question: 'вопрос', persona: 'персона', channel: 'канал'
    },
    change: { added: 'добавлено', removed: 'удалено', changed: 'изменено' },
    columns: { change: 'Изменение', element: 'Элемент', detail: 'Подробности' },
    inStage: (element, stage) => `${element} (этап: ${stage})`,
    none: '(нет)',
    field: {
        name: 'идентификатор', title: 'название', stage: 'этап', via: 'канал', for: 'персоны', emotion: 'эмоция', description: 'описание',
        owner: 'владелец', actions: 'действия', thoughts: 'мысли', at: 'точка контакта', severity: 'серьёзность', mitigations: 'меры',
        resolves: 'решает', baseline: 'база', target: 'цель', actual: 'факт', source: 'источник', measured: 'дата замера',
        direction: 'направление', answers: 'ответы', text: 'текст', order: 'порядок этапов', product: 'продукт', state: 'состояние',
        reviewed: 'дата пересмотра', objective: 'задача', problem: 'проблема', kind: 'вид', role: 'роль', goal: 'цель', need: 'потребность', quote: 'цитата'
    },
    values: { severity: BARRIER_SEVERITY, state: JOURNEY_STATE, kind: CHANNEL_KIND },
    personaEmotion: persona => `эмоция, персона: ${persona}`,
    flow: (to, from) => `переход теперь: ${to} (был: ${from})`,
    flowEnds: 'конец пути',
    noMitigation: 'без смягчения',
    newBadge: 'новое',
    views: { old: 'Было', new: 'Стало', marked: 'С пометками', label: 'Какую картинку показать', changes: 'Изменения' }
};
