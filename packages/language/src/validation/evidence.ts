import { AstUtils, type AstNode, type Properties, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CjmAstType, Question } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { daysBetween, isCalendarDate } from '../model/dates.js';
import { isFuture, isStale } from '../model/evidence.js';
import type { EvidenceKind } from '../locale/rule-words.js';
import { report } from './report.js';

/** future-date, stale-evidence and unanswered-question: research must exist, be fresh and be dated no later than today. */
export function evidenceChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const configs = services.config.ConfigProvider;
    const locales = services.locale.LocaleProvider;
    function checkFresh<N extends AstNode>(property: Properties<N>) {
        return (node: N, accept: ValidationAcceptor): void => {
            const date = node[property as keyof N];
            if (typeof date !== 'string' || !isCalendarDate(date)) {
                return;
            }
            const maxAge = configs.configOrDefault(AstUtils.getDocument(node).uri).evidenceMaxAgeDays;
            const today = configs.getToday();
            const say = locales.messagesAt(node).rules;
            const kind = node.$type as EvidenceKind;
            if (isFuture(date, today)) {
                const ahead = daysBetween(today, date);
                report(accept, 'future-date', say['future-date'].future(kind, date, ahead, today), { node, property });
            } else if (isStale(date, today, maxAge)) {
                const age = daysBetween(date, today);
                report(accept, 'stale-evidence', say['stale-evidence'].stale(kind, date, age, maxAge), { node, property });
            }
        };
    }
    return {
        Journey: checkFresh('reviewed'),
        Metric: checkFresh('measured'),
        Answer: checkFresh('date'),
        Question: (question: Question, accept: ValidationAcceptor): void => {
            if (question.answers.length === 0) {
                report(accept, 'unanswered-question', locales.messagesAt(question).rules['unanswered-question'].unanswered(question.text), { node: question, property: 'text' });
            }
        }
    };
}
