// `cjm site --watch`: after a save, the journey that changed is drawn and written again,
// the others are left as they are on disk, a journey that is gone loses its pages, and the
// site is, byte for byte, the one a fresh `cjm site` writes from the same maps.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeWorkspace, runCli, TODAY } from '../run-cli.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');

const SHOPPER = 'persona Shopper "Shopper"\n';

function journeyMap(name: string, title: string): string {
    return `journey ${name} "${title}" {\n  target Shopper\n  stage S "Start" {\n    touchpoint T "First visit" for Shopper\n  }\n}\n`;
}

/** Every file of a site folder with its content. */
function siteFiles(folder: string): Record<string, string> {
    return Object.fromEntries(readdirSync(folder, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
        .map(entry => path.join(entry.parentPath, entry.name))
        .map(file => [path.relative(folder, file).split(path.sep).join('/'), readFileSync(file, 'utf8')]));
}

describe('cjm site --watch', () => {
    it('rewrites only what a save changed, and stays the site a fresh build writes', { timeout: 120_000 }, async () => {
        const root = makeWorkspace({ 'a.cjm': SHOPPER + journeyMap('Alpha', 'Alpha before'), 'b.cjm': journeyMap('Beta', 'Beta as it is') });
        const child = spawn(process.execPath, [BIN, 'site', '.', '-o', 'out', '--watch'], { cwd: root, env: { ...process.env, CJM_TODAY: TODAY } });
        // A failed expectation must not leave the watcher running after the test.
        onTestFinished(() => void child.kill());
        let stderr = '';
        child.stderr.on('data', chunk => void (stderr += String(chunk)));
        const exited = new Promise<number | null>(resolve => child.on('exit', resolve));
        const rebuilt = async (count: number) => expect.poll(() => stderr.match(/redrawn at/g)?.length ?? 0, { timeout: 30_000 }).toBe(count);
        const asFresh = async () => {
            const fresh = path.join(makeWorkspace(), 'site');
            expect((await runCli(['site', '.', '-o', fresh], { cwd: root })).code).toBe(0);
            expect(siteFiles(path.join(root, 'out'))).toEqual(siteFiles(fresh));
        };
        await expect.poll(() => stderr, { timeout: 30_000 }).toMatch(/watching/);
        const out = (file: string) => path.join(root, 'out', file);
        const beta = ['journeys/Beta.html', 'journeys/Beta.persona.Shopper.html', 'downloads/Beta.svg', 'downloads/Beta.md'];
        const before = beta.map(file => statSync(out(file)).mtimeMs);

        writeFileSync(path.join(root, 'a.cjm'), SHOPPER + journeyMap('Alpha', 'Alpha after'));
        await rebuilt(1);
        expect(readFileSync(out('journeys/Alpha.html'), 'utf8')).toContain('<h1>Alpha after</h1>');
        expect(beta.map(file => statSync(out(file)).mtimeMs), 'Beta untouched').toEqual(before);
        await asFresh();

        // A persona Beta refers to, renamed in the other file: Beta is linked and drawn again.
        writeFileSync(path.join(root, 'a.cjm'), SHOPPER.replace('"Shopper"', '"Weekly shopper"') + journeyMap('Alpha', 'Alpha after'));
        await rebuilt(2);
        expect(readFileSync(out('journeys/Beta.html'), 'utf8')).toContain('Weekly shopper');
        await asFresh();

        // A name declared twice: both maps' findings say so (a check across files).
        writeFileSync(path.join(root, 'b.cjm'), SHOPPER + journeyMap('Beta', 'Beta as it is'));
        await rebuilt(3);
        expect(readFileSync(out('journeys/Alpha.html'), 'utf8')).toContain('duplicate-name');
        await asFresh();

        rmSync(path.join(root, 'b.cjm'));
        await rebuilt(4);
        expect(beta.filter(file => existsSync(out(file)))).toEqual([]);
        expect(readFileSync(out('journeys/Alpha.html'), 'utf8')).not.toContain('duplicate-name');
        await asFresh();

        child.kill('SIGINT');
        expect(await exited).toBe(0);
    });
});
