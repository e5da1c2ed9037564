/**
 * Workspace models -> the static site as { path: content }: the pages of every kind, the
 * stylesheet, the pages' script, the search index and each journey's downloads; or, for
 * `--single-file`, one index.html with all of it inside. Pure (no IO) and deterministic:
 * the same input gives the same bytes.
 */
import { diagramOptions } from '../diagram/diagram-options.js';
import { renderJourneySvg } from '../diagram/render-journey.js';
import { exportJson } from '../export/json.js';
import { exportMarkdown } from '../export/markdown.js';
import { exportMermaid } from '../export/mermaid.js';
import { mapLocale, type Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import type { JourneyModel } from '../model/journey-model.js';
import { personaView } from '../model/persona-view.js';
import { barriersPage } from './barriers-page.js';
import { channelsPage } from './channels-page.js';
import { CLIENT_SCRIPT } from './client-script.generated.js';
import { indexPage } from './index-page.js';
import { journeyPage } from './journey-page.js';
import { metricsPage } from './metrics-page.js';
import { pageHtml, singleFileHtml } from './page-shell.js';
import { personasPage } from './personas-page.js';
import { researchPage } from './research-page.js';
import { rulePages } from './rule-page.js';
import { searchEntries, searchIndexJson, searchIndexScript } from './search-index.js';
import type { SiteContext } from './site-context.js';
import type { SiteFiles, SiteInput, SiteJourney, SiteOptions } from './site-input.js';
import { ASSETS, downloadPath } from './site-paths.js';
import { SITE_STYLE } from './site-style.js';

export async function buildSite(input: SiteInput, options: SiteOptions): Promise<SiteFiles> {
    const locale = options.locale ?? input.journeys.find(journey => journey.config.locale !== undefined)?.config.locale ?? siteLocale(input);
    const downloads: Record<string, string> = {};
    const base: SiteContext = { journeys: input.journeys, unparsed: input.unparsed, words: messagesFor(locale).site, locale, options, downloads };
    const drawn: Array<{ journey: SiteJourney; view: JourneyModel; svg: string }> = [];
    const used = new Set<string>();
    for (const journey of input.journeys) {
        // A journey's views are drawn together, so that the layout engine has stages for both cores at once.
        const own = views(journey.model);
        const pictures = await Promise.all(own.map(view => drawPicture(view, journey, options, used)));
        own.forEach((view, i) => {
            Object.assign(downloads, journeyDownloads(view, journey, pictures[i], options));
            drawn.push({ journey, view, svg: pictures[i] });
        });
    }
    for (const key of options.pictures?.keys() ?? []) {
        if (!used.has(key)) {
            options.pictures?.delete(key);
        }
    }
    // A journey's page speaks its map's language, as its picture does.
    const journeyPages = drawn.map(({ journey, view, svg }) => {
        const own = options.locale ?? journey.config.locale ?? mapLocale(journey.model);
        return journeyPage(journey, view, svg, { ...base, locale: own, words: messagesFor(own).site });
    });
    const pages = [indexPage(base), ...journeyPages, personasPage(base), channelsPage(base), barriersPage(base), metricsPage(base), researchPage(base), ...rulePages(base)];
    const entries = searchEntries(base);
    if (options.singleFile) {
        return { 'index.html': singleFileHtml(pages, base, { style: SITE_STYLE, script: CLIENT_SCRIPT, searchIndex: searchIndexJson(entries) }) };
    }
    const files: SiteFiles = {
        [ASSETS.style]: SITE_STYLE,
        [ASSETS.script]: CLIENT_SCRIPT,
        [ASSETS.searchIndex]: searchIndexScript(entries),
        ...downloads
    };
    for (const page of pages) {
        files[page.path] = pageHtml(page, base);
    }
    return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

/** The whole journey, then each persona's view of it. */
function views(model: JourneyModel): JourneyModel[] {
    return [model, ...model.personas.map(persona => personaView(model, persona.name))];
}

/** The site speaks the language most of its journeys speak. */
function siteLocale(input: SiteInput): Locale {
    const russian = input.journeys.filter(journey => mapLocale(journey.model) === 'ru').length;
    return russian * 2 > input.journeys.length ? 'ru' : 'en';
}

/** One picture per view: `auto` draws it light, and the stylesheet recolours it for dark readers (picture-theme.ts). */
async function drawPicture(view: JourneyModel, journey: SiteJourney, options: SiteOptions, used: Set<string>): Promise<string> {
    const drawing = diagramOptions(view, journey.config, options.today, options.locale);
    const theme = options.theme === 'dark' ? 'dark' : 'light';
    const key = JSON.stringify([theme, drawing, view]);
    const drawn = options.pictures?.get(key) ?? await renderJourneySvg(view, options.layouts, { theme, ...drawing });
    options.pictures?.set(key, drawn);
    used.add(key);
    return drawn;
}

/** The view's SVG, Mermaid, Markdown report and JSON, as `cjm render` and `cjm export` write them. */
function journeyDownloads(view: JourneyModel, journey: SiteJourney, svg: string, options: SiteOptions): Record<string, string> {
    // The language and stale evidence as `cjm export` has them.
    const report = diagramOptions(view, journey.config, options.today, options.locale);
    const name = view.persona === undefined ? view.name : `${view.name}.persona.${view.persona}`;
    const diagnostics = journey.diagnostics.map(({ line, column, severity, rule, message }) => ({ file: journey.file, line, column, severity, rule, message }));
    return {
        [downloadPath(name, 'svg')]: svg,
        [downloadPath(name, 'mmd')]: exportMermaid(view, report.locale),
        [downloadPath(name, 'md')]: exportMarkdown(view, diagnostics, report),
        [downloadPath(name, 'json')]: exportJson(view)
    };
}
