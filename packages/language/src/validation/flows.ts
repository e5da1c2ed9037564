import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { stagesWithModels } from './journey-parts.js';
import { report } from './report.js';

/** unreachable-touchpoint, from the flow graph of the journey model. */
export function flowChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const models = services.model.JourneyModels;
    const locales = services.locale.LocaleProvider;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            const say = locales.messagesAt(journey).rules['unreachable-touchpoint'];
            for (const [stage, stageModel] of stagesWithModels(journey, models.get(journey))) {
                stage.touchpoints.forEach((touchpoint, index) => {
                    if (!stageModel.touchpoints[index].reachable) {
                        report(accept, 'unreachable-touchpoint', say.unreachable(touchpoint.name), { node: touchpoint, property: 'name' });
                    }
                });
            }
        }
    };
}
