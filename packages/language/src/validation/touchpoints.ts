import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Emotion, Touchpoint } from '../generated/ast.js';
import { isUsableNumber } from '../model/numbers.js';
import { report } from './report.js';

/** emotion-range and touchpoint-needs-channel. */
export const touchpointChecks: ValidationChecks<CjmAstType> = {
    Emotion: checkEmotion,
    Touchpoint: checkChannel
};

function checkEmotion(node: Emotion, accept: ValidationAcceptor): void {
    const emotion = node.value;
    // An unusable number is invalid-number's alone.
    if (isUsableNumber(emotion) && !(Number.isInteger(emotion) && emotion >= -2 && emotion <= 2)) {
        report(accept, 'emotion-range', `Emotion ${emotion} is not an integer from -2 to +2.`, { node, property: 'value' });
    }
}

function checkChannel(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (touchpoint.channels.length === 0) {
        report(accept, 'touchpoint-needs-channel', `Touchpoint '${touchpoint.name}' has no channel (via).`, { node: touchpoint, property: 'name' });
    }
}
