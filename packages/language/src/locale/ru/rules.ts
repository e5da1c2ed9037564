import type { EntryKind, EvidenceKind, RuleWords } from '../rule-words.js';

/**
 * The rules in Russian: each name of the map after a label and a colon, or as the subject
 * (`Этап \`Покупка\`: …`), never after a preposition, so no name needs declension. Counts
 * are labelled (`дней: 3`) so that no noun needs a plural form either.
 */

const EVIDENCE: Readonly<Record<EvidenceKind, string>> = { Journey: 'Пересмотр пути', Metric: 'Измерение', Answer: 'Ответ' };

const unit = (text: string): string => text === '' ? 'без единицы' : `\`${text}\``;

const kinds: RuleWords['kinds'] = {
    Persona: 'персона', Channel: 'канал', Journey: 'путь', Stage: 'этап', Touchpoint: 'точка контакта',
    Barrier: 'барьер', Opportunity: 'возможность', Metric: 'метрика'
};

const ENTRY: Readonly<Record<EntryKind, string>> = { emotion: 'emotion', action: 'action', thought: 'thought' };

export const rules: RuleWords = {
    kinds,
    'unresolved-reference': {
        notFound: (kind, written, journey, shared, nearest, broken) => {
            const where = `${journey === undefined ? 'этот файл' : `путь \`${journey}\``}${shared ? ' и рабочая область' : ''}`;
            const hint = broken === undefined ? '' : `; в файле ${broken} есть синтаксические ошибки, объявление может быть там`;
            return `Не найдено: ${kinds[kind]} \`${written}\` (где искали: ${where})${nearest === undefined ? '' : `; возможно, \`${nearest}\``}${hint}.`;
        }
    },
    'duplicate-name': {
        topLevel: (kind, name, elsewhere) => `Имя \`${name}\` (${kinds[kind]}) уже объявлено на верхнем уровне: ${elsewhere === undefined ? 'в этом же файле' : `файл ${elsewhere}`}.`,
        member: (kind, journey, name) => `Путь \`${journey}\`: имя \`${name}\` (${kinds[kind]}) объявлено больше одного раза.`
    },
    'invalid-date': { notADate: value => `Дата \`${value}\` не существует в календаре.` },
    'invalid-number': {
        tooLarge: () => 'Это число слишком велико, чтобы хранить его точно (cjm принимает числа до 1e15).',
        unreadable: () => 'В этом числе слишком много цифр, его нельзя прочесть (cjm принимает числа до 1e15).'
    },
    'internal-error': { failed: cause => `Проверка прервалась из-за ошибки внутри cjm (${cause}): пока её не исправят, файл не проходит проверку; сообщите о ней и приложите файл.` },
    'stage-needs-metric': { missing: stage => `Этап \`${stage}\`: нет метрики с целью (\`target\`).` },
    'stage-needs-research': { missing: stage => `Этап \`${stage}\`: нет исследовательского вопроса с ответом.` },
    'required-stage': { missing: (journey, stage) => `Путь \`${journey}\`: нет обязательного этапа \`${stage}\` (его требует конфигурация).` },
    'stage-order': { misplaced: (stage, after) => `Этап \`${stage}\` стоит после этапа \`${after}\`, а по конфигурации должен быть раньше.` },
    'emotion-range': { outOfRange: emotion => `Эмоция ${emotion}: нужно целое число от -2 до +2.` },
    'duplicate-emotion': {
        unnamed: touchpoint => `Точка контакта \`${touchpoint}\`: эмоция без \`for\` здесь уже есть.`,
        persona: (persona, touchpoint) => `Персона \`${persona}\`: её эмоция уже есть (точка контакта: \`${touchpoint}\`).`
    },
    'persona-not-on-touchpoint': {
        notOnTouchpoint: (entry, persona, touchpoint) => `Персона \`${persona}\` указана в \`${ENTRY[entry]}\`, но её нет в \`for\` точки контакта \`${touchpoint}\`: добавьте её туда.`
    },
    'future-date': {
        future: (kind, date, ahead, today) => `${EVIDENCE[kind]}: дата ${date} ещё не наступила (сегодня: ${today}, дней до неё: ${ahead}); данные не могут прийти из будущего.`
    },
    'metric-unit-mismatch': {
        mismatch: (metric, property, own, reference, referenceUnit) => `Метрика \`${metric}\`: единицы не совпадают (\`${property}\`: ${unit(own)}, \`${reference}\`: ${unit(referenceUnit)}).`
    },
    'unanswered-question': { unanswered: question => `Вопрос \`${question}\`: ответа нет.` },
    'stale-evidence': { stale: (kind, date, age, maxDays) => `${EVIDENCE[kind]}: дата ${date} устарела (прошло дней: ${age}, допустимо не больше ${maxDays}).` },
    'metric-needs-target': { missing: metric => `Метрика \`${metric}\`: не задана цель (\`target\`).` },
    'empty-stage': { missing: stage => `Этап \`${stage}\`: нет ни одной точки контакта.` },
    'touchpoint-needs-channel': { missing: touchpoint => `Точка контакта \`${touchpoint}\`: не указан канал (\`via\`).` },
    'unused-persona': { unused: persona => `Персона \`${persona}\` не используется: на неё не ссылаются ни точки контакта, ни \`target\` пути.` },
    'unused-channel': { unused: channel => `Канал \`${channel}\` не используется: на него не ссылается ни одна точка контакта.` },
    'uncovered-persona': { uncovered: (persona, journey) => `Целевая персона \`${persona}\` не указана в \`for\` ни одной точки контакта (путь: \`${journey}\`).` },
    'persona-without-emotion': { noEmotion: (persona, journey) => `Целевая персона \`${persona}\` не имеет эмоции ни в одной точке контакта (путь: \`${journey}\`).` },
    'unreachable-touchpoint': { unreachable: touchpoint => `Точка контакта \`${touchpoint}\` недостижима: от первой точки пути к ней не ведёт ни один переход.` },
    'barrier-needs-mitigation': { unmitigated: barrier => `Барьер \`${barrier}\`: нет ни меры (\`mitigation\`), ни возможности, которая его устраняет.` },
    'journey-needs-objective': { missing: journey => `Путь \`${journey}\`: не указана бизнес-цель (\`objective\`).` },
    'journey-needs-problem': { missing: journey => `Путь \`${journey}\`: не указана проблема клиента (\`problem\`).` },
    'journey-needs-target': { missing: journey => `Путь \`${journey}\`: не указаны целевые персоны (\`target\`).` },
    'unused-suppression': {
        noRule: () => 'Подавление не называет ни одного правила.',
        unknownRule: rule => `Неизвестное правило в подавлении: \`${rule}\`.`,
        notAtTop: rule => `\`cjm-disable ${rule}\` ничего не подавляет: такой комментарий должен стоять в начале файла, до всех объявлений.`,
        unused: rule => `Правило \`${rule}\` подавлено здесь, но не сработало.`
    }
};
