import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/diagram/theme.js';
import { renderHtml } from '../../src/export/html.js';

// A stand-in for the renderer's output: the page must carry any SVG through unchanged.
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200">'
    + '<g class="cjm-stage" data-cjm-id="Trial"><rect x="10" y="10" width="380" height="180" fill="#eee"/>'
    + '<text x="20" y="30">Trial &amp; &lt;error&gt;</text></g></svg>';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The texts of every element `name` in the page, in order. */
function contents(html: string, name: string): string[] {
    return [...html.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map(match => match[1]);
}

function csp(html: string): string {
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(match, 'CSP meta').not.toBeNull();
    return match![1];
}

describe('renderHtml', () => {
    const html = renderHtml(SVG, { title: 'Onboarding', theme: 'light' });

    it('speaks the picture\'s language: its lang and its buttons', () => {
        const russian = renderHtml(SVG, { title: 'Подключение', theme: 'light', locale: 'ru' });
        expect(russian.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
        expect(russian).toContain('aria-label="Масштаб"');
        expect(russian).toContain('>Вписать</button>');
        expect(html).toContain('aria-label="Fit to window">Fit</button>');
    });

    it('labels every control in the page\'s language', () => {
        const labels = (page: string) => [...page.matchAll(/aria-label="([^"]*)"/g)].map(match => match[1]);
        expect(labels(html)).toEqual(['Zoom', 'Zoom in', 'Zoom out', 'Fit to window']);
        expect(labels(renderHtml(SVG, { title: 'Подключение', theme: 'light', locale: 'ru' }))).toEqual(['Масштаб', 'Крупнее', 'Мельче', 'Вписать в окно']);
    });

    it('is one HTML5 page with the SVG inline, unchanged', () => {
        expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
        expect(html).toContain(SVG);
        expect(html.trimEnd().endsWith('</html>')).toBe(true);
    });

    it('has a strict CSP that allows exactly its one inline style and one inline script, by hash', () => {
        const styles = contents(html, 'style');
        const scripts = contents(html, 'script');
        expect(styles).toHaveLength(1);
        expect(scripts).toHaveLength(1);
        expect(csp(html)).toBe(`default-src 'none'; style-src 'sha256-${sha256(styles[0])}'; script-src 'sha256-${sha256(scripts[0])}'; img-src data:`);
    });

    it('puts the CSP before any style or script, so it applies to them', () => {
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
    });

    it('refers to nothing outside the page and has no inline event handlers or style attributes (the CSP would block them)', () => {
        const outsideSvg = html.replace(SVG, '');
        expect(outsideSvg).not.toMatch(/\s(src|href|style|on[a-z]+)=/i);
        expect(outsideSvg).not.toMatch(/https?:|url\(|@import/);
    });

    it('escapes the title', () => {
        const page = renderHtml(SVG, { title: `<script>alert("x")</script> & 'co'`, theme: 'light' });
        expect(contents(page, 'title')).toEqual(['&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;']);
        expect(contents(page, 'script')).toHaveLength(1);
    });

    it('drops an XML declaration before the <svg>', () => {
        const page = renderHtml(`<?xml version="1.0" encoding="UTF-8"?>\n${SVG}`, { title: 'T', theme: 'light' });
        expect(page).not.toContain('<?xml');
        expect(page).toContain(`<main id="cjm-viewport">\n${SVG}\n</main>`);
    });

    it('follows the theme: the diagram background and color-scheme, with the CSP hash of that style', () => {
        const dark = renderHtml(SVG, { title: 'Onboarding', theme: 'dark' });
        expect(dark).toContain('<meta name="color-scheme" content="dark">');
        expect(contents(dark, 'style')[0]).toContain(`background: ${THEMES.dark.background};`);
        expect(contents(html, 'style')[0]).toContain(`background: ${THEMES.light.background};`);
        expect(csp(dark)).toContain(`'sha256-${sha256(contents(dark, 'style')[0])}'`);
    });

    it('is deterministic', () => {
        expect(renderHtml(SVG, { title: 'Onboarding', theme: 'light' })).toBe(html);
    });
});
