/**
 * Everything the site holds of one journey: for the whole journey and each persona's view,
 * the picture (drawn once: `auto` draws it light and the stylesheet recolours it for dark
 * readers, picture-theme.ts), the page, and the downloads as `cjm render` and `cjm export`
 * write them, handed to `emit` as soon as they are made so that a large site is never held
 * whole. A journey's output depends on nothing but the journey and the site's options, so
 * a rebuild of `--watch` skips the journeys a save did not change (build-site.ts).
 */
import { diagramOptions } from '../diagram/diagram-options.js';
import type { LayoutOptions } from '../diagram/layout.js';
import { exportJson } from '../export/json.js';
import { exportMarkdown } from '../export/markdown.js';
import { exportMermaid } from '../export/mermaid.js';
import { chooseLocale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import type { JourneyModel } from '../model/journey-model.js';
import { personaView } from '../model/persona-view.js';
import { journeyPage } from './journey-page.js';
import { pageHtml } from './page-shell.js';
import { journeyEntries, type SearchEntry } from './search-index.js';
import type { Page, SiteContext } from './site-context.js';
import type { SiteFiles, SiteJourney, SiteOptions } from './site-input.js';
import { downloadPath } from './site-paths.js';

/** Takes one file of the site: its path (with `/`) and content. */
export type EmitFile = (path: string, content: string) => void | Promise<void>;

export interface JourneyOutput {
    /** The files emitted: the pages and the downloads. */
    readonly paths: readonly string[];
    /** The journey's entries of the site's search index. */
    readonly search: readonly SearchEntry[];
    /** For --single-file, whose one page holds them all, the pages themselves (downloads inside); otherwise none. */
    readonly pages: readonly Page[];
}

/** What a journey's output is made from, as one string: equal keys, equal outputs. */
export function journeyOutputKey(journey: SiteJourney, site: SiteContext): string {
    const { theme, today, locale, base, singleFile } = site.options;
    return JSON.stringify([journey, site.locale, theme, today, locale, base, singleFile]);
}

/** One view of a journey (the whole journey, or a persona's), its language and evidence dates as `cjm render` has them, and its picture. */
export interface DrawnView {
    readonly model: JourneyModel;
    readonly drawing: Required<LayoutOptions>;
    readonly picture: string;
}

export async function drawJourney(journey: SiteJourney, options: SiteOptions): Promise<readonly DrawnView[]> {
    const models = [journey.model, ...journey.model.personas.map(persona => personaView(journey.model, persona.name))];
    // Asked for together, so that the drawing threads have work for every core.
    return Promise.all(models.map(async model => {
        const drawing = diagramOptions(model, journey.config, options.today, options.locale);
        const picture = await options.draw(model, { theme: options.theme === 'dark' ? 'dark' : 'light', ...drawing });
        return { model, drawing, picture };
    }));
}

export async function journeyOutput(journey: SiteJourney, views: readonly DrawnView[], site: SiteContext, emit: EmitFile): Promise<JourneyOutput> {
    const options = site.options;
    const downloads: SiteFiles = Object.assign({}, ...views.map(view => viewDownloads(view, journey)));
    // A journey's pages speak its map's language, as its picture does.
    const locale = chooseLocale(journey.model, options.locale, journey.config.locale);
    const own: SiteContext = { ...site, locale, words: messagesFor(locale).site };
    const pages = views.map(view => journeyPage(journey, view.model, view.picture, own, downloads));
    const search = journeyEntries(journey.model, site);
    if (options.singleFile) {
        return { paths: [], search, pages };
    }
    const files: SiteFiles = { ...downloads, ...Object.fromEntries(pages.map(page => [page.path, pageHtml(page, site)])) };
    for (const [path, content] of Object.entries(files)) {
        await emit(path, content);
    }
    return { paths: Object.keys(files), search, pages: [] };
}

/** The view's SVG, Mermaid, Markdown report and JSON, as `cjm render` and `cjm export` write them. */
function viewDownloads({ model: view, drawing, picture }: DrawnView, journey: SiteJourney): SiteFiles {
    const name = view.persona === undefined ? view.name : `${view.name}.persona.${view.persona}`;
    const diagnostics = journey.diagnostics.map(({ line, column, severity, rule, message }) => ({ file: journey.file, line, column, severity, rule, message }));
    return {
        [downloadPath(name, 'svg')]: picture,
        [downloadPath(name, 'mmd')]: exportMermaid(view, drawing.locale),
        [downloadPath(name, 'md')]: exportMarkdown(view, diagnostics, drawing),
        [downloadPath(name, 'json')]: exportJson(view)
    };
}
