/**
 * The site's one stylesheet: light and dark colours as custom properties (`auto` follows
 * the reader's system, the pictures too: picture-theme.ts), every text colour at WCAG AA
 * contrast on its background, and a print stylesheet that lays a journey's picture out on
 * landscape pages.
 */
import { darkPictureRules } from './picture-theme.js';

const LIGHT = `--bg: #ffffff; --fg: #1f2328; --muted: #57606a; --card: #f6f8fa; --border: #d0d7de; --link: #0969da;
    --error: #cf222e; --warning: #9a6700; --ok: #1a7f37; --mark: #fff8c5;`;
const DARK = `--bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --card: #161b22; --border: #3d444d; --link: #4493f8;
    --error: #ff7b72; --warning: #d29922; --ok: #3fb950; --mark: #3b2e00;`;

export const SITE_STYLE = `
:root, [data-theme="light"] { color-scheme: light; ${LIGHT} }
[data-theme="dark"] { color-scheme: dark; ${DARK} }
@media (prefers-color-scheme: dark) { [data-theme="auto"] { color-scheme: dark; ${DARK} } }
${darkPictureRules('[data-theme="auto"] .cjm-viewport svg')}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.cjm-skip { position: absolute; left: -9999px; }
.cjm-skip:focus { left: 8px; top: 8px; background: var(--bg); padding: 4px 8px; z-index: 10; }
.cjm-top { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; padding: 8px 24px; border-bottom: 1px solid var(--border); background: var(--card); }
.cjm-home { font-weight: bold; color: var(--fg); text-decoration: none; }
.cjm-top nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; list-style: none; }
.cjm-top nav a[aria-current="page"] { color: var(--fg); font-weight: bold; text-decoration: none; }
.cjm-search { position: relative; margin-left: auto; }
.cjm-search input { width: 16em; padding: 4px 8px; border: 1px solid var(--border); border-radius: 4px; background: var(--bg); color: var(--fg); font: inherit; }
.cjm-results { position: absolute; right: 0; z-index: 5; width: min(32em, 90vw); max-height: 60vh; overflow: auto; background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 4px 12px; }
.cjm-results:empty { display: none; }
.cjm-results ul { margin: 0; padding: 0; list-style: none; }
.cjm-results li { padding: 4px 0; border-bottom: 1px solid var(--border); }
.cjm-results small { display: block; color: var(--muted); }
main { display: block; padding: 16px 24px 32px; max-width: 1600px; }
footer { padding: 16px 24px; color: var(--muted); border-top: 1px solid var(--border); }
.cjm-muted { color: var(--muted); }
.cjm-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; padding: 0; list-style: none; }
.cjm-card { border: 1px solid var(--border); border-radius: 6px; padding: 12px 16px; background: var(--card); }
.cjm-card h2 { margin: 0 0 8px; font-size: 1.15em; }
.cjm-fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.cjm-fields dt { color: var(--muted); }
.cjm-fields dd { margin: 0; }
.cjm-error { color: var(--error); }
.cjm-warning { color: var(--warning); }
.cjm-ok { color: var(--ok); }
.cjm-stale { color: var(--warning); font-weight: normal; }
.cjm-filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; border: 1px solid var(--border); border-radius: 6px; padding: 8px 16px; }
.cjm-filters label { display: flex; flex-direction: column; font-size: 0.9em; color: var(--muted); }
.cjm-filters select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 2px 4px; }
table { border-collapse: collapse; margin: 8px 0 24px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--card); }
.cjm-scroll { overflow-x: auto; }
.cjm-views ul { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 0; list-style: none; }
.cjm-views a[aria-current="page"] { font-weight: bold; color: var(--fg); text-decoration: none; }
.cjm-toolbar { display: flex; gap: 4px; margin: 8px 0; }
.cjm-toolbar button { min-width: 36px; height: 30px; border: 1px solid var(--border); border-radius: 4px; background: var(--card); color: var(--fg); font: inherit; cursor: pointer; }
.cjm-stage-area { display: flex; gap: 16px; align-items: flex-start; }
.cjm-viewport { flex: 1; min-width: 0; height: 70vh; border: 1px solid var(--border); border-radius: 6px; overflow: auto; }
.cjm-scripted .cjm-viewport { overflow: hidden; cursor: grab; touch-action: none; }
.cjm-viewport svg { display: block; }
.cjm-scripted .cjm-viewport svg { width: 100%; height: 100%; }
.cjm-viewport svg [data-cjm-id][tabindex], .cjm-viewport svg .cjm-emotion[tabindex] { cursor: pointer; }
.cjm-viewport svg [tabindex]:focus { outline: 3px solid var(--link); }
.cjm-selected > rect:first-of-type { stroke: var(--link); stroke-width: 3px; }
.cjm-panel { width: min(28em, 40vw); max-height: 70vh; overflow: auto; border: 1px solid var(--border); border-radius: 6px; padding: 8px 16px; background: var(--card); }
.cjm-panel[hidden] { display: none; }
.cjm-panel h2 { margin-top: 0; font-size: 1.1em; }
.cjm-panel .cjm-selected-part { background: var(--mark); }
.cjm-details article { border-top: 1px solid var(--border); padding: 4px 0; }
.cjm-details h3, .cjm-details h4 { margin: 8px 0 4px; }
.cjm-kind { color: var(--muted); font-size: 0.85em; font-weight: normal; }
.cjm-downloads ul { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
.cjm-downloads button { font: inherit; color: var(--link); background: none; border: none; padding: 0; text-decoration: underline; cursor: pointer; }
.cjm-page { display: none; }
.cjm-page:target, main:not(:has(.cjm-page:target)) > .cjm-page:first-child { display: block; }
@media print {
    @page { size: landscape; margin: 10mm; }
    .cjm-top, .cjm-skip, .cjm-toolbar, .cjm-panel, .cjm-filters, .cjm-views, .cjm-downloads, footer { display: none !important; }
    body { background: #ffffff; color: #000000; }
    main { padding: 0; max-width: none; }
    .cjm-viewport { height: auto !important; overflow: visible; border: none; }
    .cjm-viewport svg { width: 100% !important; height: auto !important; break-inside: avoid; }
}
`;
