import type { Answer } from '../../generated/ast.js';
import type { Messages } from '../../locale/messages.js';
import type { HoverFacts } from './describe-declaration.js';
import { md, paragraphs } from './markdown.js';

/** An answer: the question it answers, its evidence, and how old that evidence is. */
export function describeAnswer(answer: Answer, hoverFacts: HoverFacts, words: Messages): string {
    const { facts } = words;
    const evidence = [answer.source ? facts.from(words.report.evidenceSource[answer.source]) : facts.noSource, answer.sample === undefined ? undefined : facts.sample(answer.sample)];
    return paragraphs(
        facts.answerTo(md(answer.$container.text)),
        `${evidence.filter(part => part !== undefined).join(', ')}.`,
        answer.date ? facts.dated(answer.date, hoverFacts.age(answer, answer.date, facts.age) ?? `${facts.notCalendarDate}.`) : facts.notDated
    );
}
