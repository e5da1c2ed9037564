import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { stagesWithModels } from './journey-parts.js';
import { report } from './report.js';

/** stage-needs-metric, stage-needs-research and empty-stage, read from the stage coverage of the journey model. */
export function coverageChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const models = services.model.JourneyModels;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            for (const [stage, { coverage }] of stagesWithModels(journey, models.get(journey))) {
                if (coverage.metricsWithTarget === 0) {
                    report(accept, 'stage-needs-metric', `Stage '${stage.name}' has no metric with a target.`, { node: stage, property: 'name' });
                }
                if (coverage.answeredQuestions === 0) {
                    report(accept, 'stage-needs-research', `Stage '${stage.name}' has no answered research question.`, { node: stage, property: 'name' });
                }
                if (coverage.touchpoints === 0) {
                    report(accept, 'empty-stage', `Stage '${stage.name}' has no touchpoint.`, { node: stage, property: 'name' });
                }
            }
        }
    };
}
