import type { PreviewState, PreviewWords } from './messages.js';

export interface PreviewHtmlOptions {
    /** `webview.cspSource`: where the webview may load its script and style from. */
    cspSource: string;
    /** Fresh for every page: only the script tag that carries it runs. */
    nonce: string;
    scriptUri: string;
    styleUri: string;
    /** Read by the webview when it has no state of its own (a panel restored after a reload). */
    state: PreviewState;
    /** The page's and the webview script's words, in VS Code's display language. */
    words: PreviewWords;
}

/**
 * The preview's page: a toolbar, a banner, the viewport the SVG goes into, and the empty
 * state. Pure, so the webview tests load the very page VS Code shows. The policy allows
 * what the page uses and nothing more: the extension's script by nonce, its stylesheet
 * (no inline style: the SVG colours with attributes, the script through the CSSOM), and
 * images from blob: only (the PNG export draws the SVG through a blob URL).
 */
export function previewHtml(options: PreviewHtmlOptions): string {
    const { cspSource, nonce, words } = options;
    const text = (key: keyof PreviewWords): string => escapeAttribute(words[key]);
    const csp = [
        "default-src 'none'",
        'img-src blob:',
        `style-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${text('lang')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta id="cjm-preview-state" data-state="${escapeAttribute(JSON.stringify(options.state))}">
<meta id="cjm-preview-words" data-words="${escapeAttribute(JSON.stringify(words))}">
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}">
<title>${text('pageTitle')}</title>
</head>
<body>
<div id="cjm-toolbar" role="toolbar" aria-label="${text('toolbar')}">
<select id="cjm-journey" title="${text('journey')}" aria-label="${text('journey')}" hidden></select>
<select id="cjm-persona" title="${text('personaTitle')}" aria-label="${text('persona')}" hidden></select>
<span class="cjm-spacer"></span>
<button type="button" id="cjm-zoom-out" data-cjm-zoom="out" title="${text('zoomOutTitle')}" aria-label="${text('zoomOut')}">&#x2212;</button>
<span id="cjm-zoom-level" aria-live="polite">100%</span>
<button type="button" id="cjm-zoom-in" data-cjm-zoom="in" title="${text('zoomInTitle')}" aria-label="${text('zoomIn')}">+</button>
<button type="button" id="cjm-zoom-fit" data-cjm-zoom="fit" title="${text('fitTitle')}">${text('fit')}</button>
<button type="button" id="cjm-lock" aria-pressed="false"></button>
<button type="button" id="cjm-source" title="${text('showSourceTitle')}">${text('showSource')}</button>
<button type="button" id="cjm-export-svg" title="${text('exportSvgTitle')}">SVG</button>
<button type="button" id="cjm-export-png" title="${text('exportPngTitle')}">PNG</button>
</div>
<div id="cjm-banner" role="alert" hidden></div>
<main id="cjm-viewport"></main>
<div id="cjm-empty" hidden><p>${text('noJourney')}</p><p>${text('addJourneyBefore')} <code>journey Name { … }</code>${text('addJourneyAfter')}</p></div>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeAttribute(text: string): string {
    return text.replace(/[&<>"']/g, char => ESCAPES[char]);
}
