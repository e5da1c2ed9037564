/**
 * A drawn change as one self-contained page (diagram.md, "A change, drawn"): a switch
 * between the marked picture, the new one and the old one (each at its own size, scrolled
 * in its pane, so its words stay readable), and the list of changes as text beside it. The switch is radio buttons and CSS alone, so the page runs no script;
 * it loads nothing, and its Content-Security-Policy allows only its own style, by hash.
 */
import { reviewDetail, reviewSubject } from '../diff/describe-review.js';
import type { ChangePictures } from '../diff/draw-change.js';
import type { ReviewedChange } from '../diff/review-changes.js';
import { summaryLine } from '../diff/summary-line.js';
import { THEMES, type ThemeName } from '../diagram/theme.js';
import type { Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import { escapeHtml, withoutProlog } from './html.js';
import { sha256Base64 } from './sha256.js';

export interface ChangeHtmlOptions {
    theme: ThemeName;
    locale: Locale;
    /** What was compared: `HEAD~1:maps/a.cjm`, `maps/a.cjm`. */
    old?: string;
    new?: string;
}

const VIEWS = ['marked', 'new', 'old'] as const;

export function renderChangeHtml(pictures: ChangePictures, changes: readonly ReviewedChange[], options: ChangeHtmlOptions): string {
    const words = messagesFor(options.locale).diff;
    const style = pageStyle(options.theme);
    const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(style)}'; img-src data:`;
    const views = VIEWS.filter(view => pictures[view] !== undefined);
    const compared = options.old !== undefined && options.new !== undefined ? `${options.old} → ${options.new}` : undefined;
    const rows = changes.map(change => `<tr data-cjm-change="${change.change}"><td>${escapeHtml(words.change[change.change])}</td>`
        + `<td>${escapeHtml(reviewSubject(change, words))}</td><td>${escapeHtml(reviewDetail(change, words))}</td></tr>`);
    return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${options.theme}">
<title>${escapeHtml(`${words.heading}: ${pictures.title}`)}</title>
<style>${style}</style>
</head>
<body>
${views.map(view => `<input type="radio" name="cjm-view" id="cjm-view-${view}" value="${view}"${view === 'marked' ? ' checked' : ''}>`).join('\n')}
<header>
<h1>${escapeHtml(pictures.title)}</h1>
${compared === undefined ? '' : `<p class="cjm-compared">${escapeHtml(compared)}</p>\n`}<nav role="radiogroup" aria-label="${escapeHtml(words.views.label)}">
${views.map(view => `<label for="cjm-view-${view}">${escapeHtml(words.views[view])}</label>`).join('\n')}
</nav>
</header>
<main>
${views.map(view => `<section class="cjm-view cjm-view-${view}" data-cjm-view="${view}">\n${withoutProlog(pictures[view]!)}</section>`).join('\n')}
<aside>
<h2>${escapeHtml(words.views.changes)}</h2>
<p><strong>${escapeHtml(summaryLine(changes, words))}</strong></p>
${rows.length === 0 ? `<p>${escapeHtml(words.noChanges)}</p>` : `<table>\n<thead><tr><th>${escapeHtml(words.columns.change)}</th><th>${escapeHtml(words.columns.element)}</th><th>${escapeHtml(words.columns.detail)}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`}
</aside>
</main>
</body>
</html>
`;
}

function pageStyle(name: ThemeName): string {
    const theme = THEMES[name];
    const shown = VIEWS.map(view => `#cjm-view-${view}:checked ~ main .cjm-view-${view}`).join(', ');
    const chosen = VIEWS.map(view => `#cjm-view-${view}:checked ~ header label[for="cjm-view-${view}"]`).join(', ');
    const focused = VIEWS.map(view => `#cjm-view-${view}:focus-visible ~ header label[for="cjm-view-${view}"]`).join(', ');
    return `
body { margin: 0; background: ${theme.background}; color: ${theme.header.title}; font: 14px system-ui, sans-serif; }
input[name="cjm-view"] { position: absolute; opacity: 0; pointer-events: none; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 16px; border-bottom: 1px solid ${theme.stage.border}; }
h1 { font-size: 18px; margin: 0; }
.cjm-compared { margin: 0; color: ${theme.header.text}; }
nav { display: flex; gap: 4px; }
nav label { padding: 4px 10px; border: 1px solid ${theme.stage.border}; border-radius: 4px; background: ${theme.stage.fill}; cursor: pointer; }
${chosen} { font-weight: bold; border-width: 2px; border-color: ${theme.header.title}; }
${focused} { outline: 2px solid ${theme.header.title}; outline-offset: 2px; }
main { display: flex; align-items: flex-start; gap: 16px; padding: 16px; }
.cjm-view { display: none; flex: 1 1 auto; min-width: 0; max-height: calc(100vh - 96px); overflow: auto; }
${shown} { display: block; }
.cjm-view > svg { display: block; }
aside { flex: 0 0 26rem; max-width: 40%; }
h2 { font-size: 16px; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid ${theme.stage.border}; }
`;
}
