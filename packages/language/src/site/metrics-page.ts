/** Metrics: every metric of every journey with baseline → target, actual, met or not, source and measured date (stale marked). */
import { text, wideTable } from './html.js';
import { metricStatus, metricValue } from './fragments.js';
import { dated, label, type Page, type SiteContext } from './site-context.js';
import { PAGES, journeyPath, linkFrom } from './site-paths.js';

export function metricsPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.metrics, site.options);
    const words = site.words;
    const rows = site.journeys.flatMap(journey => journey.model.stages.flatMap(stage => stage.metrics.map(metric => [
        text(label(metric)),
        `<a href="${text(link(journeyPath(journey.model.name)))}">${text(label(journey.model))}</a>`,
        text(label(stage)),
        `${metricValue(metric.baseline) ?? '\u2014'} \u2192 ${metricValue(metric.target) ?? '\u2014'}`,
        metricValue(metric.actual) ?? '\u2014',
        metricStatus(metric, site),
        text(metric.source ?? ''),
        dated(metric.measured, journey, site) ?? ''
    ])));
    const head = [words.metric, words.journey, words.stage, `${words.baseline} \u2192 ${words.target}`, words.actual, words.status, words.source, words.measured];
    return { path: PAGES.metrics, title: words.pages.metrics, body: `<h1>${text(words.pages.metrics)}</h1>\n${wideTable(words.pages.metrics, head, rows)}` };
}
