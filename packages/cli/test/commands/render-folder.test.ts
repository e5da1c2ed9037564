import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli, TODAY } from '../run-cli.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');
const read = (file: string) => readFileSync(file, 'utf8');

function journeyMap(id: string, emotion = 1): string {
    return `channel Web "Website" online

journey ${id} "${id}" {
  stage S "Stage" {
    touchpoint T "Touchpoint" via Web { emotion ${emotion} }
  }
}
`;
}

describe('cjm render DIR -o OUTDIR', () => {
    it.concurrent('draws every journey of every map below DIR, one file per journey named by its id', async () => {
        const out = makeWorkspace();
        const { code, stdout, stderr } = await runCli(['render', EXAMPLES, '-o', out], { env: { CJM_TODAY: TODAY } });
        expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
        const files = readdirSync(out).sort();
        expect(files).toEqual(expect.arrayContaining(['RestaurantVisit.svg', 'SaasPurchase.svg', 'СтуденческаяКарта.svg', 'MemberOnboarding.svg', 'MemberRenewal.svg']));
        for (const file of files) {
            expect(XMLValidator.validate(read(path.join(out, file))), file).toBe(true);
        }
        // The picture of one journey equals what `cjm render FILE` draws.
        const single = await runCli(['render', path.join(EXAMPLES, 'restaurant-visit.cjm')], { env: { CJM_TODAY: TODAY } });
        expect(read(path.join(out, 'RestaurantVisit.svg'))).toBe(single.stdout);
    });

    it.concurrent('takes --format for every picture', async () => {
        const root = makeWorkspace({ 'maps/a.cjm': journeyMap('Alpha'), 'maps/b.cjm': journeyMap('Beta') });
        expect((await runCli(['render', 'maps', '-o', 'out', '--format', 'html'], { cwd: root })).code).toBe(0);
        expect(readdirSync(path.join(root, 'out')).sort()).toEqual(['Alpha.html', 'Beta.html']);
    });

    it.concurrent('skips a map that does not parse and exits 2, drawing the others', async () => {
        const root = makeWorkspace({ 'maps/a.cjm': journeyMap('Alpha'), 'maps/broken.cjm': 'journey Broken {\n' });
        const { code, stderr } = await runCli(['render', 'maps', '-o', 'out'], { cwd: root });
        expect(code).toBe(2);
        expect(stderr).toContain('maps/broken.cjm has syntax errors; its journeys are not drawn');
        expect(readdirSync(path.join(root, 'out'))).toEqual(['Alpha.svg']);
    });

    it.concurrent('refuses two journeys with one id, which one file cannot hold, before writing anything', async () => {
        const root = makeWorkspace({ 'one/cjm.config.json': '{}', 'one/a.cjm': journeyMap('Same'), 'two/cjm.config.json': '{}', 'two/a.cjm': journeyMap('Same') });
        const { code, stderr } = await runCli(['render', '.', '-o', 'out'], { cwd: root });
        expect(code).toBe(2);
        expect(stderr).toBe('cjm: one/a.cjm and two/a.cjm both declare a journey Same; one Same.svg cannot hold both (draw them one by one with -o)\n');
        expect(existsSync(path.join(root, 'out'))).toBe(false);
    });

    it.concurrent('refuses journey ids that differ only by case, whose files are one on macOS and Windows, before writing anything', async () => {
        const twoJourneys = `${journeyMap('Buy')}\n${journeyMap('buy').replace(/^channel .*\n/, '')}`;
        const root = makeWorkspace({ 'maps/a.cjm': twoJourneys });
        const { code, stderr } = await runCli(['render', 'maps', '-o', 'out'], { cwd: root });
        expect(code).toBe(2);
        expect(stderr).toBe('cjm: maps/a.cjm declares the journeys Buy and buy; Buy.svg and buy.svg are one file where case is ignored (macOS, Windows): rename one, or draw them one by one with -o\n');
        expect(existsSync(path.join(root, 'out'))).toBe(false);
    });
});

describe('cjm render --watch', () => {
    it('draws, redraws after each save, and stops on SIGINT with exit 0', { timeout: 60_000 }, async () => {
        const root = makeWorkspace({ 'map.cjm': journeyMap('Watched', 1) });
        const child = spawn(process.execPath, [BIN, 'render', 'map.cjm', '-o', 'map.svg', '--watch'], { cwd: root, env: { ...process.env, CJM_TODAY: TODAY } });
        let stderr = '';
        child.stderr.on('data', chunk => void (stderr += String(chunk)));
        const exited = new Promise<number | null>(resolve => child.on('exit', resolve));
        const svg = path.join(root, 'map.svg');
        await expect.poll(() => stderr, { timeout: 20_000 }).toContain('watching');
        expect(read(svg)).toContain('data-cjm-emotion="1"');

        const drawn = statSync(svg).mtimeMs;
        writeFileSync(path.join(root, 'map.cjm'), journeyMap('Watched', -2));
        await expect.poll(() => existsSync(svg) && read(svg).includes('data-cjm-emotion="-2"'), { timeout: 20_000 }).toBe(true);
        expect(statSync(svg).mtimeMs).toBeGreaterThan(drawn);
        await expect.poll(() => stderr, { timeout: 20_000 }).toMatch(/redrawn at \d\d:\d\d:\d\d/);

        child.kill('SIGINT');
        expect(await exited).toBe(0);
    });
});
