import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Channel, CjmAstType, Journey, Persona } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { report } from './report.js';

/** unused-persona, unused-channel and uncovered-persona. */
export function usageChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const facts = services.validation.WorkspaceFacts;
    return {
        Persona: (persona: Persona, accept: ValidationAcceptor): void => {
            if (!facts.isReferenced(persona)) {
                report(accept, 'unused-persona', `No touchpoint or journey target refers to persona '${persona.name}'.`, { node: persona, property: 'name' });
            }
        },
        Channel: (channel: Channel, accept: ValidationAcceptor): void => {
            if (!facts.isReferenced(channel)) {
                report(accept, 'unused-channel', `No touchpoint refers to channel '${channel.name}'.`, { node: channel, property: 'name' });
            }
        },
        Journey: checkTargetsCovered
    };
}

function checkTargetsCovered(journey: Journey, accept: ValidationAcceptor): void {
    const served = new Set(journey.stages.flatMap(stage => stage.touchpoints).flatMap(touchpoint => touchpoint.personas).map(ref => ref.ref));
    journey.targets.forEach((target, index) => {
        if (target.ref && !served.has(target.ref)) {
            report(accept, 'uncovered-persona', `Target persona '${target.$refText}' is not the persona of any touchpoint (for) in journey '${journey.name}'.`,
                { node: journey, property: 'targets', index });
        }
    });
}
