import type { Answer } from '../../generated/ast.js';
import type { HoverFacts } from './describe-declaration.js';
import { md, paragraphs } from './markdown.js';

/** An answer: the question it answers, its evidence, and how old that evidence is. */
export function describeAnswer(answer: Answer, hoverFacts: HoverFacts): string {
    const evidence = [answer.source ? `From ${answer.source}` : 'Source not given', answer.sample === undefined ? undefined : `sample ${answer.sample}`];
    return paragraphs(
        `**answer** to “${md(answer.$container.text)}”`,
        `${evidence.filter(part => part !== undefined).join(', ')}.`,
        answer.date ? `Dated ${answer.date}: ${hoverFacts.age(answer, answer.date) ?? 'not a calendar date.'}` : 'Not dated: its age is unknown.'
    );
}
