import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { CjmAstType, Emotion, Touchpoint } from '../generated/ast.js';
import { isUsableNumber } from '../model/numbers.js';
import { report } from './report.js';

/** emotion-range and touchpoint-needs-channel. */
export function touchpointChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const locales = services.locale.LocaleProvider;
    return {
        Emotion: (node: Emotion, accept: ValidationAcceptor): void => {
            const emotion = node.value;
            // An unusable number is invalid-number's alone.
            if (isUsableNumber(emotion) && !(Number.isInteger(emotion) && emotion >= -2 && emotion <= 2)) {
                report(accept, 'emotion-range', locales.messagesAt(node).rules['emotion-range'].outOfRange(emotion), { node, property: 'value' });
            }
        },
        Touchpoint: (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
            if (touchpoint.channels.length === 0) {
                report(accept, 'touchpoint-needs-channel', locales.messagesAt(touchpoint).rules['touchpoint-needs-channel'].missing(touchpoint.name), { node: touchpoint, property: 'name' });
            }
        }
    };
}
