import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CjmAstType, Journey } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { report } from './report.js';

/** required-stage and stage-order, against the config's requiredStages. */
export function requiredStageChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const configs = services.config.ConfigProvider;
    return {
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            const required = configs.configOrDefault(AstUtils.getDocument(journey).uri).requiredStages;
            const present = new Set(journey.stages.map(stage => stage.name));
            for (const name of required.filter(name => !present.has(name))) {
                report(accept, 'required-stage', `Journey '${journey.name}' has no stage '${name}' (required by the config).`, { node: journey, property: 'name' });
            }
            const rank = new Map(required.map((name, index) => [name, index]));
            let highest = -1;
            for (const stage of journey.stages.filter(stage => rank.has(stage.name))) {
                const position = rank.get(stage.name)!;
                if (position < highest) {
                    report(accept, 'stage-order', `Stage '${stage.name}' comes after '${required[highest]}', but the config puts it before.`, { node: stage, property: 'name' });
                }
                highest = Math.max(highest, position);
            }
        }
    };
}
