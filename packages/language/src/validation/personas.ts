import type { Reference, ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { CjmAstType, Journey, Persona, Touchpoint } from '../generated/ast.js';
import type { EntryKind, RuleWords } from '../locale/rule-words.js';
import { report } from './report.js';

/** duplicate-emotion, persona-not-on-touchpoint and persona-without-emotion: each persona's side of the journey. */
export function personaChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const models = services.model.JourneyModels;
    const locales = services.locale.LocaleProvider;
    return {
        Touchpoint: (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
            const say = locales.messagesAt(touchpoint).rules;
            checkDuplicateEmotions(touchpoint, accept, say);
            checkPersonasOnTouchpoint(touchpoint, accept, say);
        },
        Journey: (journey: Journey, accept: ValidationAcceptor): void => {
            if (journey.targets.length < 2) {
                return;
            }
            const touchpoints = models.get(journey).stages.flatMap(stage => stage.touchpoints);
            const felt = new Set(touchpoints.flatMap(touchpoint => touchpoint.emotions.map(item => item.persona)));
            const served = new Set(touchpoints.flatMap(touchpoint => touchpoint.personas));
            const say = locales.messagesAt(journey).rules['persona-without-emotion'];
            journey.targets.forEach((target, index) => {
                // A target no touchpoint is for is uncovered-persona's alone.
                if (target.ref && served.has(target.ref.name) && !felt.has(target.ref.name)) {
                    report(accept, 'persona-without-emotion', say.noEmotion(target.$refText, journey.name),
                        { node: journey, property: 'targets', index });
                }
            });
        }
    };
}

/** One emotion per persona, and one without `for`; the first one counts, each later one is reported. */
function checkDuplicateEmotions(touchpoint: Touchpoint, accept: ValidationAcceptor, say: RuleWords): void {
    const seen = new Set<Persona | string>();
    for (const emotion of touchpoint.emotions) {
        if (emotion.personas.length === 0) {
            if (seen.has('')) {
                report(accept, 'duplicate-emotion', say['duplicate-emotion'].unnamed(touchpoint.name), { node: emotion, property: 'value' });
            }
            seen.add('');
        }
        emotion.personas.forEach((persona, index) => {
            const key = persona.ref ?? persona.$refText;
            if (seen.has(key)) {
                report(accept, 'duplicate-emotion', say['duplicate-emotion'].persona(persona.$refText, touchpoint.name),
                    { node: emotion, property: 'personas', index });
            }
            seen.add(key);
        });
    }
}

function checkPersonasOnTouchpoint(touchpoint: Touchpoint, accept: ValidationAcceptor, say: RuleWords): void {
    const named = new Set(touchpoint.personas.map(ref => ref.ref));
    for (const entry of [...touchpoint.emotions, ...touchpoint.actions, ...touchpoint.thoughts]) {
        entry.personas.forEach((persona: Reference<Persona>, index) => {
            // An unresolved name is unresolved-reference's.
            if (persona.ref && !named.has(persona.ref)) {
                report(accept, 'persona-not-on-touchpoint', say['persona-not-on-touchpoint'].notOnTouchpoint(entry.$type.toLowerCase() as EntryKind, persona.$refText, touchpoint.name),
                    { node: entry, property: 'personas', index });
            }
        });
    }
}
