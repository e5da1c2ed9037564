import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { CjmAstType, Journey } from '../generated/ast.js';
import { report } from './report.js';

/**
 * Cagan's questions: every journey states its objective, the customer problem and its
 * target customers. An empty text states nothing (a quick fix leaves one to be written).
 */
export function briefChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const locales = services.locale.LocaleProvider;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            const say = locales.messagesAt(journey).rules;
            if (isBlank(journey.objective)) {
                report(accept, 'journey-needs-objective', say['journey-needs-objective'].missing(journey.name), { node: journey, property: 'name' });
            }
            if (isBlank(journey.problem)) {
                report(accept, 'journey-needs-problem', say['journey-needs-problem'].missing(journey.name), { node: journey, property: 'name' });
            }
            if (journey.targets.length === 0) {
                report(accept, 'journey-needs-target', say['journey-needs-target'].missing(journey.name), { node: journey, property: 'name' });
            }
        }
    };
}

function isBlank(text: string | undefined): boolean {
    return text === undefined || text.trim() === '';
}
