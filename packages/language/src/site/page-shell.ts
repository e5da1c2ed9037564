/**
 * The frame of every page: the document head with its Content-Security-Policy (nothing
 * from the network: only the site's own style and scripts), the header with the
 * navigation and the search box (and an empty icon, so the browser asks no server for
 * /favicon.ico), `<main>`, and the footer. In the single file every page
 * is a section of one `<main>`, and the style and scripts are inline, allowed by hash.
 */
import { sha256Base64 } from '../export/sha256.js';
import { messagesFor } from '../locale/messages.js';
import { attrs, tag, text } from './html.js';
import type { Page, SiteContext } from './site-context.js';
import { ASSETS, PAGES, linkFrom, type Link, type PageKind } from './site-paths.js';

const NAVIGATION: readonly PageKind[] = ['index', 'personas', 'channels', 'barriers', 'metrics', 'research'];

/** One page of the multi-file site. */
export function pageHtml(page: Page, base: SiteContext): string {
    const locale = page.locale ?? base.locale;
    const site = { ...base, locale, words: messagesFor(locale).site };
    const link = linkFrom(page.path, site.options);
    const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
    const head = `<link rel="stylesheet" href="${text(link(ASSETS.style))}">\n<script src="${text(link(ASSETS.script))}" defer></script>`;
    return documentHtml(`${page.title} · ${site.words.siteTitle}`, csp, head, site, { root: link(''), search: link(ASSETS.searchIndex) },
        `${header(link, site, page.path)}\n<main id="main" tabindex="-1">\n${page.body}\n</main>`);
}

/** Every page in one file; `script` and `style` inline; `searchIndex` the index's JSON. */
export function singleFileHtml(pages: readonly Page[], site: SiteContext, assets: { style: string; script: string; searchIndex: string }): string {
    const link = linkFrom(PAGES.index, site.options);
    const csp = `default-src 'none'; script-src 'sha256-${sha256Base64(assets.script)}'; style-src 'sha256-${sha256Base64(assets.style)}'; img-src data: blob:`;
    const head = `<style>${assets.style}</style>\n<script>${assets.script}</script>`;
    const sections = pages.map(page => tag('section', { class: 'cjm-page', id: page.path, lang: page.locale, 'data-cjm-title': page.title }, `\n${page.body}\n`)).join('\n');
    const index = `<script type="application/json" id="cjm-search-index">${assets.searchIndex}</script>`;
    return documentHtml(site.words.siteTitle, csp, head, site, { root: '#', single: 'true' },
        `${header(link, site, undefined)}\n<main id="main" tabindex="-1">\n${sections}\n</main>\n${index}`);
}

function documentHtml(title: string, csp: string, head: string, site: SiteContext, data: Record<string, string>, content: string): string {
    const dataset = Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-cjm-${key}`, value]));
    return `<!DOCTYPE html>
<html${attrs({ lang: site.locale, 'data-theme': site.options.theme, ...dataset })}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${site.options.theme === 'auto' ? 'light dark' : site.options.theme}">
<title>${text(title)}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
<a class="cjm-skip" href="#main">${text(site.words.skipToContent)}</a>
${content}
<footer><p>${text(site.words.builtWith)}</p></footer>
</body>
</html>
`;
}

function header(link: Link, site: SiteContext, current: string | undefined): string {
    const words = site.words;
    const items = NAVIGATION.map(kind => {
        const path = PAGES[kind];
        return `<li><a${attrs({ href: link(path), 'aria-current': path === current ? 'page' : undefined })}>${text(words.pages[kind])}</a></li>`;
    }).join('');
    return `<header class="cjm-top">
<a class="cjm-home" href="${text(link(PAGES.index))}">${text(words.siteTitle)}</a>
<nav aria-label="${text(words.navigation)}"><ul>${items}</ul></nav>
<form class="cjm-search" role="search" data-cjm-search-form>
<label for="cjm-query" class="cjm-skip">${text(words.search.label)}</label>
<input id="cjm-query" type="search" autocomplete="off" placeholder="${text(words.search.placeholder)}" aria-controls="cjm-results" data-cjm-none="${text(words.search.none)}">
<div id="cjm-results" class="cjm-results" aria-live="polite"></div>
</form>
</header>`;
}
