import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Channel, CjmAstType, Journey, Persona } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import type { RuleWords } from '../locale/rule-words.js';
import { report } from './report.js';

/** unused-persona, unused-channel and uncovered-persona. */
export function usageChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const facts = services.validation.WorkspaceFacts;
    const locales = services.locale.LocaleProvider;
    return {
        Persona: (persona: Persona, accept: ValidationAcceptor): void => {
            if (!facts.isReferenced(persona)) {
                report(accept, 'unused-persona', locales.messagesAt(persona).rules['unused-persona'].unused(persona.name), { node: persona, property: 'name' });
            }
        },
        Channel: (channel: Channel, accept: ValidationAcceptor): void => {
            if (!facts.isReferenced(channel)) {
                report(accept, 'unused-channel', locales.messagesAt(channel).rules['unused-channel'].unused(channel.name), { node: channel, property: 'name' });
            }
        },
        Journey: (journey: Journey, accept: ValidationAcceptor): void => checkTargetsCovered(journey, accept, locales.messagesAt(journey).rules['uncovered-persona'])
    };
}

function checkTargetsCovered(journey: Journey, accept: ValidationAcceptor, say: RuleWords['uncovered-persona']): void {
    const served = new Set(journey.stages.flatMap(stage => stage.touchpoints).flatMap(touchpoint => touchpoint.personas).map(ref => ref.ref));
    journey.targets.forEach((target, index) => {
        if (target.ref && !served.has(target.ref)) {
            report(accept, 'uncovered-persona', say.uncovered(target.$refText, journey.name),
                { node: journey, property: 'targets', index });
        }
    });
}
