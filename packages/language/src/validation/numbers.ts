import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { Answer, CjmAstType, Emotion, MetricValue } from '../generated/ast.js';
import { isUsableNumber } from '../model/numbers.js';
import { report } from './report.js';

/** invalid-number: every number of the text, at its place. */
export function numberChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const locales = services.locale.LocaleProvider;
    function checkNumber<N extends AstNode>(node: N, property: Properties<N>, value: number | undefined, accept: ValidationAcceptor): void {
        if (value !== undefined && !isUsableNumber(value)) {
            const say = locales.messagesAt(node).rules['invalid-number'];
            report(accept, 'invalid-number', Number.isFinite(value) ? say.tooLarge() : say.unreadable(), { node, property });
        }
    }
    return {
        Emotion: (emotion: Emotion, accept) => checkNumber(emotion, 'value', emotion.value, accept),
        MetricValue: (value: MetricValue, accept) => checkNumber(value, 'value', value.value, accept),
        Answer: (answer: Answer, accept) => checkNumber(answer, 'sample', answer.sample, accept)
    };
}
