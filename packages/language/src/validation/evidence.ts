import { AstUtils, type AstNode, type Properties, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CjmAstType, Question } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { daysBetween, isCalendarDate } from '../model/dates.js';
import { isFuture, isStale } from '../model/evidence.js';
import { report } from './report.js';

const WHAT: Record<string, string> = { Journey: 'Journey review', Metric: 'Measurement', Answer: 'Answer' };

/** future-date, stale-evidence and unanswered-question: research must exist, be fresh and be dated no later than today. */
export function evidenceChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const configs = services.config.ConfigProvider;
    function checkFresh<N extends AstNode>(property: Properties<N>) {
        return (node: N, accept: ValidationAcceptor): void => {
            const date = node[property as keyof N];
            if (typeof date !== 'string' || !isCalendarDate(date)) {
                return;
            }
            const maxAge = configs.configOrDefault(AstUtils.getDocument(node).uri).evidenceMaxAgeDays;
            const today = configs.getToday();
            if (isFuture(date, today)) {
                const ahead = daysBetween(today, date);
                report(accept, 'future-date', `${WHAT[node.$type]} dated ${date} is ${ahead} ${ahead === 1 ? 'day' : 'days'} after today (${today}): evidence cannot come from the future.`, { node, property });
            } else if (isStale(date, today, maxAge)) {
                const age = daysBetween(date, today);
                report(accept, 'stale-evidence', `${WHAT[node.$type]} dated ${date} is ${age} days old (more than ${maxAge}).`, { node, property });
            }
        };
    }
    return {
        Journey: checkFresh('reviewed'),
        Metric: checkFresh('measured'),
        Answer: checkFresh('date'),
        Question: checkAnswered
    };
}

function checkAnswered(question: Question, accept: ValidationAcceptor): void {
    if (question.answers.length === 0) {
        report(accept, 'unanswered-question', `Question "${question.text}" has no answer.`, { node: question, property: 'text' });
    }
}
