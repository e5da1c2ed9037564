/**
 * Barriers and opportunities: every barrier of every journey, the most severe first,
 * with its mitigation status and the opportunities that resolve it; then the
 * opportunities that resolve no barrier.
 */
import type { BarrierSeverity } from '../model/journey-model.js';
import { list, text, wideTable } from './html.js';
import { mitigation } from './fragments.js';
import { label, type Page, type SiteContext } from './site-context.js';
import { PAGES, journeyPath, linkFrom } from './site-paths.js';

const ORDER: readonly BarrierSeverity[] = ['critical', 'high', 'medium', 'low'];

export function barriersPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.barriers, site.options);
    const words = site.words;
    const journeyLink = (name: string, title: string) => `<a href="${text(link(journeyPath(name)))}">${text(title)}</a>`;
    const barriers = site.journeys.flatMap(({ model }) => model.stages.flatMap(stage => stage.barriers.map(barrier => {
        const opportunities = stage.opportunities.concat(model.stages.flatMap(other => other === stage ? [] : other.opportunities))
            .filter(item => item.resolves.includes(barrier.name));
        const touchpoint = stage.touchpoints.find(item => item.name === barrier.touchpoint);
        return {
            rank: ORDER.indexOf(barrier.severity),
            row: [
                text(words.barrierSeverity(barrier.severity)),
                text(label(barrier)),
                journeyLink(model.name, label(model)),
                text(`${label(stage)}${touchpoint === undefined ? '' : ` / ${label(touchpoint)}`}`),
                mitigation(barrier, site),
                list(opportunities.map(item => text(label(item))))
            ]
        };
    })));
    // A stable sort: within one severity, the journeys' and maps' order.
    const rows = barriers.map((entry, index) => ({ ...entry, index })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(entry => entry.row);
    const unlinked = site.journeys.flatMap(({ model }) => model.stages.flatMap(stage => stage.opportunities.filter(item => item.resolves.length === 0)
        .map(item => [text(label(item)), journeyLink(model.name, label(model)), text(label(stage)), text(item.description ?? '')])));
    const body = [
        `<h1>${text(words.pages.barriers)}</h1>`,
        wideTable(words.barrier, [words.severityLabel, words.barrier, words.journey, words.stage, words.mitigations, words.resolvedBy], rows),
        unlinked.length === 0 ? '' : wideTable(words.opportunity, [words.opportunity, words.journey, words.stage, words.description], unlinked)
    ].join('\n');
    return { path: PAGES.barriers, title: words.pages.barriers, body };
}
