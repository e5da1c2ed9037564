import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElkNode } from '@cjm/language';
import { LayoutCache } from '../../src/render/layout-cache.js';
import { makeWorkspace, restaurantWorkspace, runCli } from '../run-cli.js';

/** The layout files a run kept under the cache home `home`. */
function entries(home: string): string[] {
    const folder = path.join(home, 'cjm', 'layouts');
    return existsSync(folder) ? readdirSync(folder).map(name => path.join(folder, name)) : [];
}

/** Draws the restaurant map to SVG with the cache home `home` and `extra` options. */
async function render(home: string, ...extra: string[]): Promise<string> {
    const root = restaurantWorkspace();
    const { code, stderr } = await runCli(['render', 'visit.cjm', '-o', 'visit.svg', ...extra], { cwd: root, env: { XDG_CACHE_HOME: home } });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return readFileSync(path.join(root, 'visit.svg'), 'utf8');
}

const width = (svg: string): number => Number(/^<svg [^>]*?width="([\d.]+)"/.exec(svg)![1]);

describe('cjm render: the layout cache in the user\'s cache folder', () => {
    it('keeps one layout per stage, and draws the same bytes from it as without it', async () => {
        const home = makeWorkspace();
        const cold = await render(home);
        expect(entries(home).length).toBeGreaterThan(1);
        expect(entries(home).every(file => file.endsWith('.json'))).toBe(true);
        expect(await render(home), 'read from the cache').toBe(cold);
        expect(await render(home, '--no-cache')).toBe(cold);
    });

    it('is what a second run reads: a layout changed in the folder changes the picture, and --no-cache ignores it', async () => {
        const home = makeWorkspace();
        const cold = await render(home);
        for (const file of entries(home)) {
            const node = JSON.parse(readFileSync(file, 'utf8')) as ElkNode;
            writeFileSync(file, JSON.stringify({ ...node, width: node.width! + 500 }));
        }
        expect(width(await render(home))).toBeGreaterThan(width(cold) + 500);
        expect(await render(home, '--no-cache')).toBe(cold);
    });

    it('is neither read nor written with --no-cache', async () => {
        const home = makeWorkspace();
        await render(home, '--no-cache');
        expect(entries(home)).toEqual([]);
    });

    it('is shared safely by runs side by side', async () => {
        const home = makeWorkspace();
        const pictures = await Promise.all([render(home), render(home), render(home)]);
        expect(new Set(pictures).size).toBe(1);
        expect(await render(home, '--no-cache')).toBe(pictures[0]);
    });

    it('is listed in render --help', async () => {
        const { stdout } = await runCli(['render', '--help']);
        expect(stdout).toContain('--no-cache');
    });
});

/** A journey of `stages` stages of one touchpoint: from 100 stages, half are laid out on a second thread. */
function manyStages(stages: number): string {
    const body = Array.from({ length: stages }, (_, s) => `  stage S${s} "Stage ${s}" {\n    touchpoint T${s} "Step ${s}" via Web for Founder\n  }`);
    return `persona Founder "Founder"\nchannel Web "Website" online\njourney Long "Long" {\n  target Founder\n${body.join('\n')}\n}\n`;
}

describe('cjm render: many stages, laid out on two threads', () => {
    it('draws the same bytes every time, from ELK or from the cache, and ends', async () => {
        const root = makeWorkspace({ 'long.cjm': manyStages(100) });
        const home = makeWorkspace();
        const draw = async (out: string, ...extra: string[]): Promise<string> => {
            const { code, stderr } = await runCli(['render', 'long.cjm', '-o', out, ...extra], { cwd: root, env: { XDG_CACHE_HOME: home } });
            // The map lacks metrics and research: drawn anyway, as stderr says.
            expect({ code, stderr: stderr.replace(/has \d+ lint errors/, 'has N lint errors') })
                .toEqual({ code: 0, stderr: 'cjm: long.cjm has N lint errors; the picture was written anyway (see them with: cjm lint long.cjm)\n' });
            return readFileSync(path.join(root, out), 'utf8');
        };
        const cold = await draw('cold.svg');
        expect(entries(home)).toHaveLength(100);
        expect(await draw('warm.svg')).toBe(cold);
        expect(await draw('again.svg', '--no-cache')).toBe(cold);
    }, 90_000);
});

describe('LayoutCache', () => {
    const node = (width: number): ElkNode => ({ id: '', width, height: 10, children: [], edges: [] });

    it('gives back what it kept, and nothing for a key it never saw', async () => {
        const cache = new LayoutCache(path.join(makeWorkspace(), 'layouts'));
        await cache.write([['a', node(1)], ['b', node(2)]]);
        expect(await cache.read(['b', 'c', 'a'])).toEqual([node(2), undefined, node(1)]);
    });

    it('lets the least recently used layouts go once it holds more than its capacity', async () => {
        const folder = path.join(makeWorkspace(), 'layouts');
        const cache = new LayoutCache(folder, 3);
        await cache.write([['a', node(1)], ['b', node(2)], ['c', node(3)]]);
        const past = new Date('2020-01-01T00:00:00Z');
        for (const name of readdirSync(folder)) {
            utimesSync(path.join(folder, name), past, past);
        }
        await cache.read(['a']);
        await cache.write([['d', node(4)]]);
        expect(readdirSync(folder)).toHaveLength(2);
        expect(await cache.read(['a', 'b', 'c', 'd'])).toEqual([node(1), undefined, undefined, node(4)]);
    });

    it('answers nothing, and fails nothing, where its folder cannot be made', async () => {
        const file = path.join(makeWorkspace({ 'plain-file': 'x' }), 'plain-file');
        const cache = new LayoutCache(path.join(file, 'layouts'));
        await cache.write([['a', node(1)]]);
        expect(await cache.read(['a'])).toEqual([undefined]);
    });
});
