// `cjm site` as a user runs it: what it writes, what it refuses, and that the same maps
// give the same bytes. The site in a browser is tested in test/site/site-browser.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');
// Building the examples' site lays out 37 pictures; give a loaded machine room.
const BUILD = 120_000;

/** A workspace of its own holding a copy of the Russian bank card example. */
function russianWorkspace(): string {
    return makeWorkspace({ 'karta.cjm': readFileSync(path.join(EXAMPLES, 'russian-bank-card/karta.cjm'), 'utf8') });
}

/** Every file below `root`, relative, with `/`. */
function filesBelow(root: string): string[] {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
        .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

/** The URLs of a page's links, scripts and stylesheets, as written. */
function urls(html: string): string[] {
    return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map(match => match[1].replace(/&amp;/g, '&'));
}

describe('cjm site', () => {
    let site: string;

    beforeAll(async () => {
        site = path.join(makeWorkspace(), 'site');
        expect(await runCli(['site', EXAMPLES, '-o', site])).toEqual({ code: 0, stdout: '', stderr: '' });
    }, BUILD);

    it('writes the index, a page per journey and per persona\'s view, the other page kinds and each journey\'s downloads', () => {
        const files = filesBelow(site);
        expect(files).toEqual(expect.arrayContaining([
            'index.html', 'personas.html', 'channels.html', 'barriers.html', 'metrics.html', 'research.html',
            'journeys/RestaurantVisit.html', 'journeys/RestaurantVisit.persona.Couple.html', 'journeys/СтуденческаяКарта.html',
            'downloads/RestaurantVisit.svg', 'downloads/RestaurantVisit.mmd', 'downloads/RestaurantVisit.md', 'downloads/RestaurantVisit.json',
            'rules/stage-needs-metric.html', 'assets/site.css', 'assets/site.js', 'assets/search-index.js'
        ]));
    });

    it('links every page only by relative URLs that resolve to a file of the site', () => {
        for (const page of filesBelow(site).filter(file => file.endsWith('.html'))) {
            for (const url of urls(readFileSync(path.join(site, page), 'utf8'))) {
                // A fragment stays on the page; a data: URL (the empty icon) loads nothing.
                if (url.startsWith('#') || url.startsWith('data:')) {
                    continue;
                }
                expect(url, page).not.toMatch(/^([a-z]+:|\/)/i);
                const target = path.join(site, path.dirname(page), decodeURIComponent(url.replace(/#.*$/, '')));
                expect(existsSync(target), `${page} -> ${url}`).toBe(true);
            }
        }
    });

    it('gives the same bytes for the same maps', async () => {
        const again = path.join(makeWorkspace(), 'site');
        expect((await runCli(['site', EXAMPLES, '-o', again])).code).toBe(0);
        const files = filesBelow(site);
        expect(filesBelow(again)).toEqual(files);
        for (const file of files) {
            expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(site, file))), file).toBe(true);
        }
    }, BUILD);

    it('keeps its stage layouts in the user\'s cache as `cjm render` does, and --no-cache neither reads nor writes them', async () => {
        const home = makeWorkspace();
        const layouts = path.join(home, 'cjm', 'layouts');
        const build = async (...extra: string[]): Promise<string> => {
            const out = path.join(makeWorkspace(), 'site');
            expect((await runCli(['site', russianWorkspace(), '-o', out, ...extra], { env: { XDG_CACHE_HOME: home } })).code).toBe(0);
            return readFileSync(path.join(out, 'journeys/СтуденческаяКарта.html'), 'utf8');
        };
        const fresh = await build('--no-cache');
        expect(existsSync(layouts)).toBe(false);
        expect(await build()).toBe(fresh);
        expect(readdirSync(layouts).length).toBeGreaterThan(1);
        expect(await build(), 'read back from the cache').toBe(fresh);
    }, BUILD);

    it('refuses a folder that is not empty and holds no site, and leaves it as it was', async () => {
        const folder = makeWorkspace({ 'notes.txt': 'mine' });
        const run = await runCli(['site', path.join(EXAMPLES, 'restaurant-visit.cjm'), '-o', folder]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^cjm: refusing to write the site into .*: the folder is not empty and holds no site cjm wrote; name a new or empty folder with -o\n$/);
        expect(filesBelow(folder)).toEqual(['notes.txt']);
    });

    it('refuses ids whose pages would be one file where case is ignored (macOS, Windows), before writing anything', async () => {
        const journey = (id: string, personas: string) => `journey ${id} {\n  target ${personas}\n  stage S {\n    touchpoint T for ${personas}\n  }\n}\n`;
        const journeys = makeWorkspace({ 'a.cjm': `persona P\n${journey('Buy', 'P')}`, 'b.cjm': journey('buy', 'P') });
        const byJourney = await runCli(['site', '.', '-o', 'out'], { cwd: journeys });
        expect(byJourney.code).toBe(2);
        expect(byJourney.stderr).toBe('cjm: a.cjm declares a journey Buy and b.cjm a journey buy; journeys/Buy.html and journeys/buy.html are one file where case is ignored (macOS, Windows): rename one, or build them as two sites\n');
        expect(existsSync(path.join(journeys, 'out'))).toBe(false);

        const personas = makeWorkspace({ 'a.cjm': `persona Ёж\npersona ёж\n${journey('Путь', 'Ёж, ёж')}` });
        const byPersona = await runCli(['site', '.', '-o', 'out'], { cwd: personas });
        expect(byPersona.code).toBe(2);
        expect(byPersona.stderr).toBe('cjm: a.cjm declares the personas Ёж and ёж; journeys/Путь.persona.Ёж.html and journeys/Путь.persona.ёж.html are one file where case is ignored (macOS, Windows): rename one, or build the site without one of them\n');
    });

    it('builds over its own previous site, removing the pages of a journey that is gone', async () => {
        const root = makeWorkspace({ 'a.cjm': 'journey A "A" {\n  stage S "S" {\n    touchpoint T "T"\n  }\n}\n', 'b.cjm': 'journey B "B" {\n  stage S "S" {\n    touchpoint T "T"\n  }\n}\n' });
        const out = path.join(root, 'public');
        expect((await runCli(['site', '.', '-o', 'public'], { cwd: root })).code).toBe(0);
        expect(existsSync(path.join(out, 'journeys/B.html'))).toBe(true);
        writeFileSync(path.join(out, 'CNAME'), 'maps.example.org\n');
        writeFileSync(path.join(root, 'b.cjm'), '// gone\n');
        expect((await runCli(['site', '.', '-o', 'public'], { cwd: root })).code).toBe(0);
        expect(existsSync(path.join(out, 'journeys/A.html'))).toBe(true);
        expect(existsSync(path.join(out, 'journeys/B.html'))).toBe(false);
        expect(existsSync(path.join(out, 'downloads/B.svg'))).toBe(false);
        // A file the user put there is theirs.
        expect(readFileSync(path.join(out, 'CNAME'), 'utf8')).toBe('maps.example.org\n');
    });

    it('shows a map that does not parse on the index with its errors, and still exits 0', async () => {
        const root = makeWorkspace({ 'good.cjm': 'journey A "Good one" {\n  stage S "S" {\n    touchpoint T "T"\n  }\n}\n', 'bad.cjm': 'journey B {\n  stage\n' });
        expect(await runCli(['site', '.', '-o', 'out'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        const index = readFileSync(path.join(root, 'out/index.html'), 'utf8');
        expect(index).toContain('Good one');
        expect(index).toContain('Maps that do not parse');
        expect(index).toContain('<caption>bad.cjm</caption>');
    });

    it('writes one self-contained index.html with --single-file, in the theme and language asked for', async () => {
        const root = russianWorkspace();
        const out = path.join(root, 'one');
        expect(await runCli(['site', root, '-o', out, '--single-file', '--theme', 'dark', '--locale', 'en'])).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(filesBelow(out)).toEqual(['.cjm-site', 'index.html']);
        const html = readFileSync(path.join(out, 'index.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" data-theme="dark"/);
        expect(html).toContain('<section class="cjm-page" id="journeys/СтуденческаяКарта.html"');
        expect(html).toContain('cjm-theme-dark');
        expect(html).not.toContain('cjm-theme-light');
        expect(urls(html).filter(url => !url.startsWith('#') && !url.startsWith('data:'))).toEqual([]);
    }, BUILD);

    it('speaks the maps\' language: a Russian workspace gets a Russian site', async () => {
        const root = russianWorkspace();
        const out = path.join(root, 'ru');
        expect((await runCli(['site', root, '-o', out, '--theme', 'light'])).code).toBe(0);
        const index = readFileSync(path.join(out, 'index.html'), 'utf8');
        expect(index).toMatch(/^<!DOCTYPE html>\n<html lang="ru" data-theme="light"/);
        expect(index).toContain('<h1>Пути</h1>');
    }, BUILD);

    it('needs -o, and says so', async () => {
        expect(await runCli(['site', EXAMPLES])).toEqual({ code: 2, stdout: '', stderr: 'cjm: name the folder to write the site into with -o OUTDIR\n' });
    });
});
