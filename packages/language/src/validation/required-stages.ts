import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { report } from './report.js';

/** required-stage and stage-order, against the config's requiredStages. */
export function requiredStageChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const configs = services.config.ConfigProvider;
    const locales = services.locale.LocaleProvider;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            const required = configs.configOrDefault(AstUtils.getDocument(journey).uri).requiredStages;
            const say = locales.messagesAt(journey).rules;
            const present = new Set(journey.stages.map(stage => stage.name));
            for (const name of required.filter(name => !present.has(name))) {
                report(accept, 'required-stage', say['required-stage'].missing(journey.name, name), { node: journey, property: 'name' });
            }
            const rank = new Map(required.map((name, index) => [name, index]));
            let highest = -1;
            for (const stage of journey.stages.filter(stage => rank.has(stage.name))) {
                const position = rank.get(stage.name)!;
                if (position < highest) {
                    report(accept, 'stage-order', say['stage-order'].misplaced(stage.name, required[highest]), { node: stage, property: 'name' });
                }
                highest = Math.max(highest, position);
            }
        }
    };
}
