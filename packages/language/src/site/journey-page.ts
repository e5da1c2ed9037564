/**
 * A journey's page (one per journey, and one per persona's view of it): the brief, the
 * persona switcher, the picture from the shared renderer with zoom and pan, the side
 * panel, every element's details, the map's findings and the downloads.
 */
import type { JourneyModel } from '../model/journey-model.js';
import { attrs, fields, list, tag, text, wideTable } from './html.js';
import { elementDetails } from './element-details.js';
import { label, type Page, type SiteContext } from './site-context.js';
import type { SiteFiles, SiteJourney } from './site-input.js';
import { downloadPath, journeyPath, linkFrom, rulePath, type DownloadFormat, type Link } from './site-paths.js';

const DOWNLOADS: ReadonlyArray<readonly [DownloadFormat, string]> = [['svg', 'SVG'], ['mmd', 'Mermaid'], ['md', 'Markdown'], ['json', 'JSON']];

/**
 * `svg`: the view's picture as the renderer gives it (an `<svg>` element, no prolog), in the site's theme (light for `auto`: picture-theme.ts).
 * `files`: the journey's downloads by path, which `--single-file` carries inside its links.
 */
export function journeyPage(journey: SiteJourney, view: JourneyModel, svg: string, site: SiteContext, files: SiteFiles): Page {
    const path = journeyPath(journey.model.name, view.persona);
    const link = linkFrom(path, site.options);
    const words = site.words;
    const title = label(journey.model);
    const body = [
        `<h1>${text(title)}</h1>`,
        brief(journey.model, site),
        personaSwitcher(journey.model, view.persona, link, site),
        `<div class="cjm-toolbar" role="toolbar" aria-label="${text(words.picture)}" hidden>
<button type="button" data-cjm-zoom="in" aria-label="${text(words.zoomIn)}" title="${text(words.zoomIn)} (+)">+</button>
<button type="button" data-cjm-zoom="out" aria-label="${text(words.zoomOut)}" title="${text(words.zoomOut)} (-)">\u2212</button>
<button type="button" data-cjm-zoom="fit" aria-label="${text(words.fit)}" title="${text(words.fit)} (0)">\u2194</button>
</div>`,
        `<div class="cjm-stage-area">
${picture(svg, site)}
<aside id="cjm-panel" class="cjm-panel" aria-label="${text(words.details)}" tabindex="-1" hidden>
<button type="button" data-cjm-close>${text(words.closePanel)}</button>
<div data-cjm-panel-content></div>
</aside>
</div>`,
        `<section class="cjm-details" aria-labelledby="cjm-details-heading">
<h2 id="cjm-details-heading">${text(words.details)}</h2>
<p class="cjm-muted">${text(words.detailsHint)}</p>
${elementDetails(view, journey, site)}
</section>`,
        findings(journey, site, link),
        downloads(journey.model.name, view.persona, link, site, files)
    ].join('\n');
    return { path, title: view.persona === undefined ? title : `${title} · ${label(personaOf(journey.model, view.persona))}`, body, locale: site.locale };
}

function personaOf(model: JourneyModel, name: string): { name: string; title?: string } {
    return model.personas.find(persona => persona.name === name) ?? { name };
}

function brief(model: JourneyModel, site: SiteContext): string {
    const words = site.words;
    const targets = model.targets.map(name => label(personaOf(model, name)));
    return fields([
        [words.product, model.product === undefined ? undefined : text(model.product)],
        [words.state, text(words.states(model.state))],
        [words.owner, model.owner === undefined ? undefined : text(model.owner)],
        [words.objective, model.objective === undefined ? undefined : text(model.objective)],
        [words.problem, model.problem === undefined ? undefined : text(model.problem)],
        [words.targets, text(targets.join(', '))]
    ]);
}

/** Links to the whole journey and to each persona's view: it works without script, and each view has its own address. */
function personaSwitcher(model: JourneyModel, current: string | undefined, link: Link, site: SiteContext): string {
    if (model.personas.length === 0) {
        return '';
    }
    const entry = (persona: string | undefined, name: string) =>
        `<a${attrs({ href: link(journeyPath(model.name, persona)), 'aria-current': persona === current ? 'page' : undefined, 'data-cjm-persona': persona ?? '' })}>${text(name)}</a>`;
    const items = [entry(undefined, site.words.wholeJourney), ...model.personas.map(persona => entry(persona.name, label(persona)))];
    return `<nav class="cjm-views" aria-label="${text(site.words.view)}"><h2 class="cjm-kind">${text(site.words.view)}</h2>${list(items)}</nav>`;
}

function picture(svg: string, site: SiteContext): string {
    return tag('div', { class: 'cjm-viewport', 'data-cjm-viewport': true, role: 'region', 'aria-label': site.words.picture, tabindex: 0 }, svg);
}

function findings(journey: SiteJourney, site: SiteContext, link: Link): string {
    const words = site.words;
    const heading = `<h2 id="findings">${text(words.status)}</h2>`;
    if (journey.diagnostics.length === 0) {
        return `<section aria-labelledby="findings">${heading}<p class="cjm-ok">\u2713 ${text(words.clean)}</p></section>`;
    }
    const rows = journey.diagnostics.map(diagnostic => [
        `<span class="cjm-${diagnostic.severity === 'error' ? 'error' : 'warning'}">${text(words.severity(diagnostic.severity))}</span>`,
        `<a href="${text(link(rulePath(diagnostic.rule)))}">${text(diagnostic.rule)}</a>`,
        text(`${journey.file}:${diagnostic.line}:${diagnostic.column}`),
        text(diagnostic.message)
    ]);
    return `<section aria-labelledby="findings">${heading}${wideTable(journey.file, [words.severityLabel, words.rule, words.line, words.message], rows)}</section>`;
}

function downloads(journey: string, persona: string | undefined, link: Link, site: SiteContext, files: SiteFiles): string {
    const name = persona === undefined ? journey : `${journey}.persona.${persona}`;
    const href = (path: string): string => site.options.singleFile ? dataUrl(path, files[path] ?? '') : link(path);
    const items = DOWNLOADS.map(([format, title]) => `<a href="${text(href(downloadPath(name, format)))}" download="${text(`${name}.${format}`)}">${title}</a>`);
    const png = `<button type="button" data-cjm-png="${text(name)}.png" hidden>PNG</button>`;
    return `<section class="cjm-downloads" aria-labelledby="cjm-downloads-heading"><h2 id="cjm-downloads-heading">${text(site.words.downloads)}</h2>${list([...items, png])}</section>`;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = { svg: 'image/svg+xml', mmd: 'text/plain', md: 'text/markdown', json: 'application/json' };

/** A download inside the single file. */
function dataUrl(path: string, content: string): string {
    return `data:${MEDIA_TYPES[path.slice(path.lastIndexOf('.') + 1)]};charset=utf-8,${encodeURIComponent(content)}`;
}
