// `cjm site --watch`: after a save, the journey that changed is drawn and written again,
// the others are left as they are on disk, and a journey that is gone loses its pages.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, TODAY } from '../run-cli.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');

function journeyMap(name: string, title: string): string {
    return `persona Shopper "Shopper"\njourney ${name} "${title}" {\n  target Shopper\n  stage S "Start" {\n    touchpoint T "First visit" for Shopper\n  }\n}\n`;
}

describe('cjm site --watch', () => {
    it('rewrites only the journey a save changed, and removes the pages of a journey that is gone', { timeout: 90_000 }, async () => {
        const root = makeWorkspace({ 'a.cjm': journeyMap('Alpha', 'Alpha before'), 'b.cjm': journeyMap('Beta', 'Beta as it is').replace('persona Shopper "Shopper"\n', '') });
        const child = spawn(process.execPath, [BIN, 'site', '.', '-o', 'out', '--watch'], { cwd: root, env: { ...process.env, CJM_TODAY: TODAY } });
        let stderr = '';
        child.stderr.on('data', chunk => void (stderr += String(chunk)));
        const exited = new Promise<number | null>(resolve => child.on('exit', resolve));
        const rebuilt = async (count: number) => expect.poll(() => stderr.match(/redrawn at/g)?.length ?? 0, { timeout: 30_000 }).toBe(count);
        await expect.poll(() => stderr, { timeout: 30_000 }).toMatch(/watching/);
        const out = (file: string) => path.join(root, 'out', file);
        const beta = ['journeys/Beta.html', 'journeys/Beta.persona.Shopper.html', 'downloads/Beta.svg', 'downloads/Beta.md'];
        const before = beta.map(file => statSync(out(file)).mtimeMs);

        writeFileSync(path.join(root, 'a.cjm'), journeyMap('Alpha', 'Alpha after'));
        await rebuilt(1);
        expect(readFileSync(out('journeys/Alpha.html'), 'utf8')).toContain('<h1>Alpha after</h1>');
        expect(readFileSync(out('downloads/Alpha.md'), 'utf8')).toContain('Alpha after');
        expect(readFileSync(out('index.html'), 'utf8')).toContain('Alpha after');
        expect(beta.map(file => statSync(out(file)).mtimeMs), 'Beta untouched').toEqual(before);

        rmSync(path.join(root, 'b.cjm'));
        await rebuilt(2);
        expect(beta.filter(file => existsSync(out(file)))).toEqual([]);
        expect(readFileSync(out('index.html'), 'utf8')).not.toContain('Beta as it is');
        expect(JSON.parse(readFileSync(out('.cjm-site'), 'utf8')).files).not.toContain('journeys/Beta.html');

        child.kill('SIGINT');
        expect(await exited).toBe(0);
    });
});
