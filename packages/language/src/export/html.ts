/**
 * The journey diagram as one self-contained HTML page: the SVG inline, zoom (wheel, + - 0
 * keys, buttons) and pan (drag), fitted to the window on load. It loads nothing (no
 * network request, works from file://) and its Content-Security-Policy allows only its
 * own style and script, by hash. Pure and free of Node APIs, so the editor preview can
 * build the same page.
 */
import { THEMES, type Theme, type ThemeName } from '../diagram/theme.js';
import { messagesFor } from '../locale/messages.js';
import type { Locale } from '../locale/locale.js';
import { sha256Base64 } from './sha256.js';
import { HTML_PAGE_SCRIPT } from './html-script.generated.js';

export interface HtmlOptions {
    /** The page title (the journey's title); escaped here. */
    title: string;
    theme: ThemeName;
    /** The language of the page's own words (its buttons), as the picture's; English by default. */
    locale?: Locale;
}

export function renderHtml(svg: string, options: HtmlOptions): string {
    const style = pageStyle(THEMES[options.theme]);
    const locale = options.locale ?? 'en';
    const words = messagesFor(locale).report.page;
    const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(style)}'; script-src 'sha256-${sha256Base64(HTML_PAGE_SCRIPT)}'; img-src data:`;
    return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${options.theme}">
<title>${escapeHtml(options.title)}</title>
<style>${style}</style>
</head>
<body>
<div class="cjm-toolbar" role="toolbar" aria-label="${escapeHtml(words.toolbar)}">
<button type="button" data-cjm-zoom="in" title="${escapeHtml(words.zoomIn)} (+)" aria-label="${escapeHtml(words.zoomIn)}">+</button>
<button type="button" data-cjm-zoom="out" title="${escapeHtml(words.zoomOut)} (-)" aria-label="${escapeHtml(words.zoomOut)}">&#x2212;</button>
<button type="button" data-cjm-zoom="fit" title="${escapeHtml(words.fitTitle)} (0)" aria-label="${escapeHtml(words.fitTitle)}">${escapeHtml(words.fit)}</button>
</div>
<main id="cjm-viewport">
${withoutProlog(svg)}
</main>
<script>${HTML_PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** The page in the picture's colours: its background, its stage boxes for the buttons. */
function pageStyle(theme: Theme): string {
    return `
html, body { margin: 0; height: 100%; overflow: hidden; background: ${theme.background}; color: ${theme.header.title}; font: 13px system-ui, sans-serif; }
#cjm-viewport { position: fixed; inset: 0; cursor: grab; touch-action: none; }
#cjm-viewport.cjm-dragging { cursor: grabbing; }
#cjm-viewport > svg { display: block; width: 100%; height: 100%; }
.cjm-toolbar { position: fixed; top: 8px; right: 8px; z-index: 1; display: flex; gap: 4px; }
.cjm-toolbar button { min-width: 32px; height: 28px; border: 1px solid ${theme.stage.border}; border-radius: 4px; background: ${theme.stage.fill}; color: inherit; font: inherit; cursor: pointer; }
`;
}

/** An XML declaration or doctype before the <svg> means nothing inside HTML. */
export function withoutProlog(svg: string): string {
    return svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => ESCAPES[char]);
}
