/**
 * Pieces several pages show alike: a metric's figures, a research answer with its source
 * and age, a barrier's mitigation status. Each returns HTML with every map text escaped.
 */
import type { AnswerModel, BarrierModel, MetricModel, MetricValue } from '../model/journey-model.js';
import { fields, list, text } from './html.js';
import { ageInDays, dated, type SiteContext } from './site-context.js';
import type { SiteJourney } from './site-input.js';

export function metricValue(value: MetricValue | undefined): string | undefined {
    return value === undefined ? undefined : text(`${value.value}${value.unit === undefined ? '' : value.unit === '%' ? '%' : ` ${value.unit}`}`);
}

/** Met or not, said in words and not by colour alone. */
export function metricStatus(metric: MetricModel, site: SiteContext): string {
    const words = site.words;
    return metric.met === undefined ? text(words.unknown)
        : metric.met ? `<span class="cjm-ok">\u2713 ${text(words.met)}</span>` : `<span class="cjm-error">\u2717 ${text(words.notMet)}</span>`;
}

export function metricFields(metric: MetricModel, journey: SiteJourney, site: SiteContext): string {
    const words = site.words;
    return fields([
        [words.baseline, metricValue(metric.baseline)],
        [words.target, metricValue(metric.target)],
        [words.actual, metricValue(metric.actual)],
        [words.status, metricStatus(metric, site)],
        [words.source, metric.source === undefined ? undefined : text(metric.source)],
        [words.measured, dated(metric.measured, journey, site)]
    ]);
}

/** An answer: its text, then source, date (stale marked), age and sample. */
export function answerHtml(answer: AnswerModel, journey: SiteJourney, site: SiteContext): string {
    const words = site.words;
    const age = ageInDays(answer.date, site.options.today);
    const facts = [
        answer.source === undefined ? undefined : `${text(words.source)}: ${text(words.evidenceSource[answer.source])}`,
        answer.date === undefined ? undefined : `${text(words.date)}: ${dated(answer.date, journey, site)}`,
        age === undefined || age < 0 ? undefined : text(words.age(age)),
        answer.sample === undefined ? undefined : `${text(words.sample)}: ${answer.sample}`
    ].filter(fact => fact !== undefined);
    return `${text(answer.text)}${facts.length === 0 ? '' : ` <small class="cjm-muted">(${facts.join('; ')})</small>`}`;
}

export function answersList(answers: readonly AnswerModel[], journey: SiteJourney, site: SiteContext): string {
    return list(answers.map(answer => answerHtml(answer, journey, site)));
}

/** A barrier's mitigation status in words, with its mitigations. */
export function mitigation(barrier: BarrierModel, site: SiteContext): string {
    const words = site.words;
    const status = barrier.mitigated ? `<span class="cjm-ok">\u2713 ${text(words.mitigated)}</span>` : `<span class="cjm-error">\u2717 ${text(words.notMitigated)}</span>`;
    return `${status}${list(barrier.mitigations.map(text))}`;
}
