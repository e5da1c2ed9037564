import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import { report } from './report.js';

/**
 * Cagan's questions: every journey states its objective, the customer problem and its
 * target customers. An empty text states nothing (a quick fix leaves one to be written).
 */
export const briefChecks: ValidationChecks<CjmAstType> = {
    Journey: (journey: Journey, accept: ValidationAcceptor): void => {
        if (isBlank(journey.objective)) {
            report(accept, 'journey-needs-objective', `Journey '${journey.name}' has no objective.`, { node: journey, property: 'name' });
        }
        if (isBlank(journey.problem)) {
            report(accept, 'journey-needs-problem', `Journey '${journey.name}' has no problem.`, { node: journey, property: 'name' });
        }
        if (journey.targets.length === 0) {
            report(accept, 'journey-needs-target', `Journey '${journey.name}' has no target personas.`, { node: journey, property: 'name' });
        }
    }
};

function isBlank(text: string | undefined): boolean {
    return text === undefined || text.trim() === '';
}
