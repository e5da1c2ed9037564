/**
 * What each text lane says under one stage, before wrapping: what the customer does and
 * thinks (from the stage's touchpoints, in journey order), the stage's metrics with their
 * source and measuring date, and its research: the answers themselves, newest first, as
 * many as stay readable, then the open questions. Empty when the stage has nothing for
 * the lane. Stale evidence is marked by stale-evidence's own fact (model/evidence.ts).
 */
import type { EvidenceClock } from '../../model/evidence.js';
import { isStale } from '../../model/evidence.js';
import type { AnswerModel, AttributedText, MetricModel, MetricValue, StageModel } from '../../model/journey-model.js';
import type { EntryOf, LaneKind, LaneTone } from '../diagram-layout.js';
import type { DisplayNames } from '../display-names.js';
import type { DiagramWords } from '../../locale/diagram-words.js';

/** Answers a research cell shows before it says how many more there are. */
export const READABLE_ANSWERS = 3;
/** Lines of an answer's or an open question's text before it is cut with an ellipsis. */
const TEXT_LINES = 3;

export type TextLaneKind = Exclude<LaneKind, 'emotion'>;

/** A run of text in one tone; `maxLines` cuts it with an ellipsis past that many lines. */
export interface EntryPart {
    text: string;
    tone: LaneTone;
    maxLines?: number;
}

/** One thing a cell says, its parts one under the other; `answer` marks a research answer, `of` what it tells. */
export interface EntryText {
    parts: EntryPart[];
    answer?: boolean;
    of?: EntryOf;
}

function plain(text: string, tone: LaneTone = 'text', maxLines?: number): EntryText {
    return { parts: [{ text, tone, ...(maxLines === undefined ? {} : { maxLines }) }] };
}

/** How entries are told: the picture's words, and with several personas (`personas` > 1), whose each entry is. */
export interface EntrySpeech {
    words: DiagramWords;
    names: DisplayNames;
    personas: number;
}

/** `clock` is "today" and the age limit of stale-evidence; without it nothing is marked stale. */
export function laneEntries(kind: TextLaneKind, stage: StageModel, speech: EntrySpeech, clock?: EvidenceClock): EntryText[] {
    const { words } = speech;
    switch (kind) {
        case 'action':
            return stage.touchpoints.flatMap(touchpoint => touchpoint.personaActions).map(entry => plain(`\u2022 ${whose(entry, speech)}${entry.text}`));
        case 'thought':
            return stage.touchpoints.flatMap(touchpoint => touchpoint.personaThoughts).map(entry => plain(`${whose(entry, speech)}${words.quote(entry.text)}`));
        case 'metric':
            return stage.metrics.map(metric => metricEntry(metric, words, clock));
        case 'research':
            return researchEntries(stage, words, clock);
    }
}

/** `HR manager: ` before an entry when the journey has several personas; nothing otherwise. */
function whose(entry: AttributedText, speech: EntrySpeech): string {
    return speech.personas > 1 && entry.personas.length > 0 ? `${entry.personas.map(speech.names.persona).join(', ')}: ` : '';
}

function value(metric: MetricValue | undefined): string {
    return metric === undefined ? '?' : `${metric.value}${metric.unit === undefined ? '' : metric.unit === '%' ? '%' : ` ${metric.unit}`}`;
}

function staleMark(date: string, words: DiagramWords, clock: EvidenceClock | undefined): { text: string; stale: boolean } {
    const stale = clock !== undefined && isStale(date, clock.today, clock.maxAgeDays);
    return { text: stale ? `${date} (${words.stale})` : date, stale };
}

/**
 * `Title: baseline → target, actual A (met)`, the met / not met fact being the model's;
 * then `Source: S · Measured: D`, the date marked when it is stale.
 */
function metricEntry(metric: MetricModel, words: DiagramWords, clock: EvidenceClock | undefined): EntryText {
    const actual = metric.actual === undefined ? '' : `, ${words.actual} ${value(metric.actual)}`;
    const met = metric.met === undefined ? '' : ` (${metric.met ? words.met : words.notMet})`;
    const tone: LaneTone = metric.met === undefined ? 'text' : metric.met ? 'met' : 'notMet';
    const entry = plain(`${metric.title ?? metric.name}: ${value(metric.baseline)} \u2192 ${value(metric.target)}${actual}${met}`, tone);
    const measured = metric.measured === undefined ? undefined : staleMark(metric.measured, words, clock);
    const facts = [
        metric.source === undefined ? undefined : `${words.source}: ${metric.source}`,
        measured === undefined ? undefined : `${words.measured}: ${measured.text}`
    ].filter((fact): fact is string => fact !== undefined);
    const of: EntryOf = { kind: 'metric', name: metric.name };
    return facts.length === 0 ? { ...entry, of } : { parts: [...entry.parts, { text: facts.join(' \u00b7 '), tone: measured?.stale ? 'stale' : 'text' }], of };
}

/**
 * The stage's answers, newest first (undated ones last, in the order written), as many as
 * stay readable and then how many more there are; then each open question, marked open.
 */
function researchEntries(stage: StageModel, words: DiagramWords, clock: EvidenceClock | undefined): EntryText[] {
    const answers = stage.questions.flatMap(question => question.answers.map(answer => ({ answer, question: question.text })))
        .map((item, order) => ({ ...item, order }))
        .sort((a, b) => newestFirst(a.answer.date, b.answer.date) || a.order - b.order);
    const shown = answers.slice(0, READABLE_ANSWERS).map(({ answer, question }) => ({ ...answerEntry(answer, words, clock), of: { kind: 'question', name: question } } satisfies EntryText));
    const more = answers.length > READABLE_ANSWERS ? [plain(words.more(answers.length - READABLE_ANSWERS))] : [];
    const open = stage.questions.filter(question => question.answers.length === 0)
        .map(question => ({ ...plain(`${words.openQuestion}: ${question.text}`, 'text', TEXT_LINES), of: { kind: 'question', name: question.text } } satisfies EntryText));
    return [...shown, ...more, ...open];
}

/**
 * Dates are YYYY-MM-DD (the grammar's DATE), so code-unit order is date order; unlike
 * localeCompare, it needs no collator, which costs a process some 10-15 ms to set up.
 */
function newestFirst(a: string | undefined, b: string | undefined): number {
    const [left, right] = [a ?? '', b ?? ''];
    return left === right ? 0 : left < right ? 1 : -1;
}

/** The answer in quotation marks, then where it comes from, its date (stale marked) and its sample. */
function answerEntry(answer: AnswerModel, words: DiagramWords, clock: EvidenceClock | undefined): EntryText {
    const date = answer.date === undefined ? undefined : staleMark(answer.date, words, clock);
    const facts = [
        answer.source === undefined ? undefined : words.evidenceSource(answer.source),
        date?.text,
        answer.sample === undefined ? undefined : words.sample(answer.sample)
    ].filter((fact): fact is string => fact !== undefined);
    const text: EntryPart = { text: words.quote(answer.text), tone: 'text', maxLines: TEXT_LINES };
    return { parts: facts.length === 0 ? [text] : [text, { text: facts.join(' \u00b7 '), tone: date?.stale ? 'stale' : 'text' }], answer: true };
}
