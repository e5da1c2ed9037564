import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { stagesWithModels } from './journey-parts.js';
import { report } from './report.js';

/** stage-needs-metric, stage-needs-research and empty-stage, read from the stage coverage of the journey model. */
export function coverageChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const models = services.model.JourneyModels;
    const locales = services.locale.LocaleProvider;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            const say = locales.messagesAt(journey).rules;
            for (const [stage, { coverage }] of stagesWithModels(journey, models.get(journey))) {
                if (coverage.metricsWithTarget === 0) {
                    report(accept, 'stage-needs-metric', say['stage-needs-metric'].missing(stage.name), { node: stage, property: 'name' });
                }
                if (coverage.answeredQuestions === 0) {
                    report(accept, 'stage-needs-research', say['stage-needs-research'].missing(stage.name), { node: stage, property: 'name' });
                }
                if (coverage.touchpoints === 0) {
                    report(accept, 'empty-stage', say['empty-stage'].missing(stage.name), { node: stage, property: 'name' });
                }
            }
        }
    };
}
