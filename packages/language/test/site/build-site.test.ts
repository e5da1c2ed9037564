// The site generator on its own: workspace models in, { path: content } out, no IO.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { THEMES } from '../../src/diagram/theme.js';
import { buildSite } from '../../src/site/build-site.js';
import type { SiteInput, SiteOptions } from '../../src/site/site-input.js';
import { CLEAN_JOURNEY, journeyModel, TODAY } from '../fixtures.js';
import { drawer } from './drawer.js';

async function input(text = CLEAN_JOURNEY, name = 'Onboarding'): Promise<SiteInput> {
    return { journeys: [{ model: await journeyModel(text, name), file: 'maps/onboarding.cjm', diagnostics: [], config: DEFAULT_CONFIG }], unparsed: [] };
}

function options(overrides: Partial<SiteOptions> = {}): SiteOptions {
    return { theme: 'light', today: TODAY, singleFile: false, draw: drawer(), ...overrides };
}

describe('buildSite', () => {
    it('gives every page, the assets, the search index and the journey\'s downloads, in path order', async () => {
        const files = await buildSite(await input(), options());
        expect(Object.keys(files)).toEqual([...Object.keys(files)].sort());
        expect(Object.keys(files)).toEqual(expect.arrayContaining([
            'index.html', 'journeys/Onboarding.html', 'journeys/Onboarding.persona.Founder.html', 'personas.html', 'channels.html',
            'barriers.html', 'metrics.html', 'research.html', 'rules/syntax.html', 'assets/site.css', 'assets/site.js', 'assets/search-index.js',
            'downloads/Onboarding.svg', 'downloads/Onboarding.mmd', 'downloads/Onboarding.md', 'downloads/Onboarding.json'
        ]));
    });

    it('links pages relatively, one folder up from a journey page, or under --base', async () => {
        const relative = await buildSite(await input(), options());
        expect(relative['journeys/Onboarding.html']).toContain('<a href="../index.html">');
        expect(relative['journeys/Onboarding.html']).toContain('<link rel="stylesheet" href="../assets/site.css">');
        expect(relative['index.html']).toContain('<h2><a href="journeys/Onboarding.html">SaaS onboarding</a></h2>');
        const based = await buildSite(await input(), options({ base: '/maps/' }));
        expect(based['journeys/Onboarding.html']).toContain('<a href="/maps/index.html">');
    });

    it('draws one picture per view: light for the theme `auto` (the stylesheet recolours it for dark readers), dark for `dark`', async () => {
        const pictureFill = (page: string) => /<rect [^>]*fill="(#[0-9a-f]{6})" class="cjm-background"/.exec(page)?.[1];
        const auto = await buildSite(await input(), options({ theme: 'auto' }));
        expect(auto['journeys/Onboarding.html'].match(/<svg /g)).toHaveLength(1);
        expect(pictureFill(auto['journeys/Onboarding.html'])).toBe(THEMES.light.background);
        expect(auto['assets/site.css']).toContain(`.cjm-background { fill: ${THEMES.dark.background}; }`);
        const dark = (await buildSite(await input(), options({ theme: 'dark' })))['journeys/Onboarding.html'];
        expect(dark.match(/<svg /g)).toHaveLength(1);
        expect(pictureFill(dark)).toBe(THEMES.dark.background);
    });

    it('escapes every text of the map: markup in a title is text on every page', async () => {
        const hostile = CLEAN_JOURNEY.replace('"SaaS onboarding"', '"<script>alert(1)</script>"').replace('"Landing page"', '"<img src=x onerror=alert(1)>"');
        const files = await buildSite(await input(hostile), options());
        for (const [path, content] of Object.entries(files).filter(([file]) => file.endsWith('.html'))) {
            expect(content, path).not.toContain('<script>alert');
            expect(content, path).not.toContain('<img src=x');
        }
        expect(files['index.html']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(files['assets/search-index.js']).not.toMatch(/<(script|img)/);
    });

    it('puts every page in one index.html for --single-file, its script allowed by hash', async () => {
        const files = await buildSite(await input(), options({ singleFile: true }));
        expect(Object.keys(files)).toEqual(['index.html']);
        expect(files['index.html']).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
        expect(files['index.html']).toContain('<section class="cjm-page" id="journeys/Onboarding.html"');
        expect(files['index.html']).toContain('href="data:image/svg+xml;charset=utf-8,');
    });

    it('speaks Russian when asked, in its own words', async () => {
        const files = await buildSite(await input(), options({ locale: 'ru' }));
        expect(files['index.html']).toContain('<html lang="ru"');
        expect(files['metrics.html']).toContain('<h1>Метрики</h1>');
    });
});
