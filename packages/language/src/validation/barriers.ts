import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { stagesWithModels } from './journey-parts.js';
import { report } from './report.js';

/** barrier-needs-mitigation: a barrier needs a mitigation or an opportunity that resolves it. */
export function barrierChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const models = services.model.JourneyModels;
    const locales = services.locale.LocaleProvider;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            const say = locales.messagesAt(journey).rules['barrier-needs-mitigation'];
            for (const [stage, stageModel] of stagesWithModels(journey, models.get(journey))) {
                stage.barriers.forEach((barrier, index) => {
                    if (!stageModel.barriers[index].mitigated) {
                        report(accept, 'barrier-needs-mitigation', say.unmitigated(barrier.name), { node: barrier, property: 'name' });
                    }
                });
            }
        }
    };
}
