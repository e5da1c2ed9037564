import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Answer, CjmAstType, Emotion, MetricValue } from '../generated/ast.js';
import { isUsableNumber } from '../model/numbers.js';
import { report } from './report.js';

/** invalid-number: every number of the text, at its place. */
export const numberChecks: ValidationChecks<CjmAstType> = {
    Emotion: (emotion: Emotion, accept) => checkNumber(emotion, 'value', emotion.value, accept),
    MetricValue: (value: MetricValue, accept) => checkNumber(value, 'value', value.value, accept),
    Answer: (answer: Answer, accept) => checkNumber(answer, 'sample', answer.sample, accept)
};

function checkNumber<N extends AstNode>(node: N, property: Properties<N>, value: number | undefined, accept: ValidationAcceptor): void {
    if (value !== undefined && !isUsableNumber(value)) {
        const what = Number.isFinite(value) ? 'is too large to keep exactly' : 'has too many digits to be read';
        report(accept, 'invalid-number', `This number ${what} (cjm takes numbers up to 1e15 in size).`, { node, property });
    }
}
