/**
 * What each text lane says under one stage, before wrapping: what the customer does and
 * thinks (from the stage's touchpoints, in journey order), the stage's metrics, and its
 * research. Empty when the stage has nothing for the lane.
 */
import type { EvidenceClock } from '../../model/evidence.js';
import { isStale } from '../../model/evidence.js';
import { isCalendarDate } from '../../model/dates.js';
import type { AttributedText, MetricModel, MetricValue, StageModel } from '../../model/journey-model.js';
import type { LaneKind, LaneTone } from '../diagram-layout.js';
import type { DisplayNames } from '../display-names.js';
import type { DiagramWords } from '../../locale/diagram-words.js';

export type TextLaneKind = Exclude<LaneKind, 'emotion'>;

export interface EntryText {
    text: string;
    tone: LaneTone;
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
            return stage.touchpoints.flatMap(touchpoint => touchpoint.personaActions).map(entry => ({ text: `\u2022 ${whose(entry, speech)}${entry.text}`, tone: 'text' }));
        case 'thought':
            return stage.touchpoints.flatMap(touchpoint => touchpoint.personaThoughts).map(entry => ({ text: `${whose(entry, speech)}${words.quote(entry.text)}`, tone: 'text' }));
        case 'metric':
            return stage.metrics.map(metric => metricEntry(metric, words));
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

/** `Title: baseline → target, actual A (met)`; the met / not met fact is the model's. */
function metricEntry(metric: MetricModel, words: DiagramWords): EntryText {
    const actual = metric.actual === undefined ? '' : `, ${words.actual} ${value(metric.actual)}`;
    const met = metric.met === undefined ? '' : ` (${metric.met ? words.met : words.notMet})`;
    const tone: LaneTone = metric.met === undefined ? 'text' : metric.met ? 'met' : 'notMet';
    return { text: `${metric.title ?? metric.name}: ${value(metric.baseline)} \u2192 ${value(metric.target)}${actual}${met}`, tone };
}

/**
 * Answered / all questions (the stage's coverage), the newest answer date, and which
 * evidence is stale by stale-evidence's own rule: the newest date marked when even it is
 * stale, else how many dated answers are.
 */
function researchEntries(stage: StageModel, words: DiagramWords, clock: EvidenceClock | undefined): EntryText[] {
    const { questions, answeredQuestions } = stage.coverage;
    if (questions === 0) {
        return [];
    }
    const entries: EntryText[] = [{ text: words.answered(answeredQuestions, questions), tone: 'text' }];
    const dates = stage.questions.flatMap(question => question.answers).map(answer => answer.date)
        .filter((date): date is string => date !== undefined && isCalendarDate(date))
        .sort();
    const newest = dates.at(-1);
    if (newest === undefined) {
        return entries;
    }
    const stale = clock === undefined ? [] : dates.filter(date => isStale(date, clock.today, clock.maxAgeDays));
    if (stale.length === dates.length) {
        entries.push({ text: `${words.newestEvidence(newest)} (${words.stale})`, tone: 'stale' });
    } else {
        entries.push({ text: words.newestEvidence(newest), tone: 'text' });
        if (stale.length > 0) {
            entries.push({ text: words.staleAnswers(stale.length, dates.length), tone: 'stale' });
        }
    }
    return entries;
}
