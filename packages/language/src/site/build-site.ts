/**
 * Workspace models -> the static site: the pages of every kind, the stylesheet, the pages'
 * script, the search index and each journey's downloads; or, for `--single-file`, one
 * index.html with all of it inside. Pure (the caller's `emit` does any IO) and
 * deterministic: the same input gives the same bytes.
 */
import { mapLocale, type Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import { barriersPage } from './barriers-page.js';
import { channelsPage } from './channels-page.js';
import { CLIENT_SCRIPT } from './client-script.generated.js';
import { indexPage } from './index-page.js';
import { drawJourney, journeyOutput, journeyOutputKey, type DrawnView, type EmitFile, type JourneyOutput } from './journey-output.js';
import { metricsPage } from './metrics-page.js';
import { pageHtml, singleFileHtml } from './page-shell.js';
import { personasPage } from './personas-page.js';
import { researchPage } from './research-page.js';
import { rulePages } from './rule-page.js';
import { searchIndexJson, searchIndexScript } from './search-index.js';
import type { SiteContext } from './site-context.js';
import type { SiteFiles, SiteInput, SiteOptions } from './site-input.js';
import { ASSETS } from './site-paths.js';
import { SITE_STYLE } from './site-style.js';

/**
 * Makes the site and hands each file to `emit` as it is made, so that a large site is never
 * held whole; returns the site's paths, sorted.
 */
export async function emitSite(input: SiteInput, options: SiteOptions, emit: EmitFile): Promise<string[]> {
    const locale = options.locale ?? input.journeys.find(journey => journey.config.locale !== undefined)?.config.locale ?? siteLocale(input);
    const base: SiteContext = { journeys: input.journeys, unparsed: input.unparsed, words: messagesFor(locale).site, locale, options };
    const keys = input.journeys.map(journey => options.journeys === undefined ? undefined : journeyOutputKey(journey, base));
    const known = (i: number) => keys[i] === undefined ? undefined : options.journeys?.get(keys[i]!);
    // The pictures of the next journeys are drawn (in the caller's threads) while this one's
    // pages are made and written; a few ahead, so that the pictures waiting stay few.
    const drawings = new Map<number, Promise<readonly DrawnView[]>>();
    const drawAhead = (i: number) => {
        if (i < input.journeys.length && !drawings.has(i) && known(i) === undefined) {
            const drawing = drawJourney(input.journeys[i], options);
            // A failure is thrown where this journey's turn comes, not as an unhandled rejection before it.
            drawing.catch(() => undefined);
            drawings.set(i, drawing);
        }
    };
    const outputs: JourneyOutput[] = [];
    const kept = new Map<string, JourneyOutput>();
    for (const [i, journey] of input.journeys.entries()) {
        [i, i + 1, i + 2].forEach(drawAhead);
        const output = known(i) ?? await journeyOutput(journey, await drawings.get(i)!, base, emit);
        drawings.delete(i);
        if (keys[i] !== undefined) {
            kept.set(keys[i]!, output);
        }
        outputs.push(output);
    }
    // Only this build's journeys stay: what is kept never outgrows one site.
    options.journeys?.clear();
    kept.forEach((output, key) => options.journeys?.set(key, output));
    const others = [personasPage(base), channelsPage(base), barriersPage(base), metricsPage(base), researchPage(base), ...rulePages(base)];
    const entries = outputs.flatMap(output => output.search);
    if (options.singleFile) {
        const pages = [indexPage(base), ...outputs.flatMap(output => output.pages), ...others];
        await emit('index.html', singleFileHtml(pages, base, { style: SITE_STYLE, script: CLIENT_SCRIPT, searchIndex: searchIndexJson(entries) }));
        return ['index.html'];
    }
    const files: SiteFiles = {
        [ASSETS.style]: SITE_STYLE,
        [ASSETS.script]: CLIENT_SCRIPT,
        [ASSETS.searchIndex]: searchIndexScript(entries),
        ...Object.fromEntries([indexPage(base), ...others].map(page => [page.path, pageHtml(page, base)]))
    };
    for (const [path, content] of Object.entries(files)) {
        await emit(path, content);
    }
    return [...outputs.flatMap(output => output.paths), ...Object.keys(files)].sort(byPath);
}

/** The whole site as { path: content }, in path order. */
export async function buildSite(input: SiteInput, options: SiteOptions): Promise<SiteFiles> {
    const files: SiteFiles = {};
    const paths = await emitSite(input, options, (path, content) => {
        files[path] = content;
    });
    return Object.fromEntries(paths.map(path => [path, files[path]]));
}

function byPath(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The site speaks the language most of its journeys speak. */
function siteLocale(input: SiteInput): Locale {
    const russian = input.journeys.filter(journey => mapLocale(journey.model) === 'ru').length;
    return russian * 2 > input.journeys.length ? 'ru' : 'en';
}


