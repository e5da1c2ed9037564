import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Touchpoint } from '../generated/ast.js';
import { isUsableNumber } from '../model/numbers.js';
import { report } from './report.js';

/** emotion-range and touchpoint-needs-channel. */
export const touchpointChecks: ValidationChecks<CjmAstType> = {
    Touchpoint: [checkEmotion, checkChannel]
};

function checkEmotion(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const emotion = touchpoint.emotion;
    // An unusable number is invalid-number's alone.
    if (emotion !== undefined && isUsableNumber(emotion) && !(Number.isInteger(emotion) && emotion >= -2 && emotion <= 2)) {
        report(accept, 'emotion-range', `Emotion ${emotion} is not an integer from -2 to +2.`, { node: touchpoint, property: 'emotion' });
    }
}

function checkChannel(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (touchpoint.channels.length === 0) {
        report(accept, 'touchpoint-needs-channel', `Touchpoint '${touchpoint.name}' has no channel (via).`, { node: touchpoint, property: 'name' });
    }
}
