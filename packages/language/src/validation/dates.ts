import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { CjmAstType } from '../generated/ast.js';
import { isCalendarDate } from '../model/dates.js';
import { report } from './report.js';

/** invalid-date: every date names a day that exists. */
export function dateChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const locales = services.locale.LocaleProvider;
    function checkDate<N extends AstNode>(property: Properties<N>) {
        return (node: N, accept: ValidationAcceptor): void => {
            const value = node[property as keyof N];
            if (typeof value === 'string' && !isCalendarDate(value)) {
                report(accept, 'invalid-date', locales.messagesAt(node).rules['invalid-date'].notADate(value), { node, property });
            }
        };
    }
    return {
        Journey: checkDate('reviewed'),
        Metric: checkDate('measured'),
        Answer: checkDate('date')
    };
}
