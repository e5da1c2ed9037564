import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType } from '../generated/ast.js';
import { isCalendarDate } from '../model/dates.js';
import { report } from './report.js';

function checkDate<N extends AstNode>(property: Properties<N>) {
    return (node: N, accept: ValidationAcceptor): void => {
        const value = node[property as keyof N];
        if (typeof value === 'string' && !isCalendarDate(value)) {
            report(accept, 'invalid-date', `'${value}' is not a calendar date.`, { node, property });
        }
    };
}

/** invalid-date: every date names a day that exists. */
export const dateChecks: ValidationChecks<CjmAstType> = {
    Journey: checkDate('reviewed'),
    Metric: checkDate('measured'),
    Answer: checkDate('date')
};
