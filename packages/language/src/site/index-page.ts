/**
 * The index: every journey as a card (title, product, state, owner, personas, stages,
 * coverage, lint status linked to the findings, newest evidence and reviewed date with
 * stale marked), filters and sorting by product, persona, state and status (the script
 * acts on the cards' data attributes), and the maps that do not parse with their errors.
 */
import { fields, attrs, list, table, tag, text } from './html.js';
import { countFindings, dated, label, newestEvidence, type Page, type SiteContext } from './site-context.js';
import type { SiteJourney } from './site-input.js';
import { PAGES, journeyPath, linkFrom, type Link } from './site-paths.js';

export function indexPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.index, site.options);
    const words = site.words;
    const cards = site.journeys.map(journey => card(journey, site, link));
    const body = [
        `<h1>${text(words.pages.index)}</h1>`,
        filters(site),
        tag('ul', { class: 'cjm-cards', 'data-cjm-cards': true }, cards.join('\n')),
        unparsed(site)
    ].join('\n');
    return { path: PAGES.index, title: words.pages.index, body };
}

function status(journey: SiteJourney): 'errors' | 'warnings' | 'clean' {
    const { errors, warnings } = countFindings(journey);
    return errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean';
}

function card(journey: SiteJourney, site: SiteContext, link: Link): string {
    const words = site.words;
    const model = journey.model;
    const { errors, warnings } = countFindings(journey);
    const stages = model.stages.length;
    const withTarget = model.stages.filter(stage => stage.coverage.metricsWithTarget > 0).length;
    const withAnswers = model.stages.filter(stage => stage.coverage.answeredQuestions > 0).length;
    const state = status(journey);
    const findings = state === 'clean' ? `<span class="cjm-ok">\u2713 ${text(words.clean)}</span>`
        : `<a class="cjm-${state === 'errors' ? 'error' : 'warning'}" href="${text(link(journeyPath(model.name), 'findings'))}">${text(words.findings(errors, warnings))}</a>`;
    const data = {
        class: 'cjm-card',
        'data-product': model.product ?? '',
        'data-state': model.state,
        'data-status': state,
        'data-personas': model.personas.map(persona => persona.name).join(' '),
        'data-title': label(model)
    };
    return tag('li', data, `<h2><a href="${text(link(journeyPath(model.name)))}">${text(label(model))}</a></h2>
${fields([
        [words.product, model.product === undefined ? undefined : text(model.product)],
        [words.state, text(words.states(model.state))],
        [words.owner, model.owner === undefined ? undefined : text(model.owner)],
        [words.personas, text(model.personas.map(label).join(', '))],
        [words.stages, text(model.stages.map(label).join(' \u2192 '))],
        [words.coverage, `${text(words.metricCoverage(withTarget, stages))}<br>${text(words.researchCoverage(withAnswers, stages))}`],
        [words.status, findings],
        [words.newestEvidence, dated(newestEvidence(model), journey, site) ?? text(words.none)],
        [words.reviewed, dated(model.reviewed, journey, site)]
    ])}`);
}

/** Selects over the values the cards hold; the script hides the cards that do not match. */
function filters(site: SiteContext): string {
    const words = site.words;
    const unique = (values: readonly string[]) => [...new Set(values)].filter(value => value !== '').sort();
    const journeys = site.journeys.map(journey => journey.model);
    const personas = new Map(journeys.flatMap(model => model.personas.map(persona => [persona.name, label(persona)] as const)));
    const select = (name: string, title: string, options: ReadonlyArray<readonly [string, string]>) =>
        `<label>${text(title)}<select data-cjm-filter="${name}"><option value="">${text(words.all)}</option>${options.map(([value, shown]) =>
            `<option${attrs({ value })}>${text(shown)}</option>`).join('')}</select></label>`;
    const sorts: ReadonlyArray<readonly [string, string]> = [['title', words.sortTitle], ['product', words.product], ['state', words.state], ['status', words.status]];
    return `<form class="cjm-filters" aria-label="${text(words.filters)}" data-cjm-filters hidden>
${select('product', words.product, unique(journeys.map(model => model.product ?? '')).map(value => [value, value]))}
${select('personas', words.personas, [...personas].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))}
${select('state', words.state, unique(journeys.map(model => model.state)).map(value => [value, words.states(value as SiteJourney['model']['state'])]))}
${select('status', words.status, [['errors', words.withErrors], ['warnings', words.withWarnings], ['clean', words.clean]])}
<label>${text(words.sortBy)}<select data-cjm-sort>${sorts.map(([value, shown]) => `<option${attrs({ value })}>${text(shown)}</option>`).join('')}</select></label>
</form>`;
}

function unparsed(site: SiteContext): string {
    if (site.unparsed.length === 0) {
        return '';
    }
    const words = site.words;
    const tables = site.unparsed.map(map => table(map.file, [words.line, words.message],
        map.diagnostics.map(diagnostic => [text(`${diagnostic.line}:${diagnostic.column}`), text(diagnostic.message)])));
    return `<section aria-labelledby="cjm-unparsed"><h2 id="cjm-unparsed">${text(words.notParsed)}</h2><p>${text(words.notParsedNote)}</p>${list(tables)}</section>`;
}
