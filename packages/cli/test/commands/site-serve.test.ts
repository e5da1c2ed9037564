// `cjm site --serve`: the site served on 127.0.0.1, rebuilt on every save, and the open
// pages told to reload; SIGINT stops it with exit 0.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeWorkspace, TODAY } from '../run-cli.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');

function journeyMap(title: string): string {
    return `journey Served "${title}" {\n  stage S "Start" {\n    touchpoint T "First visit"\n  }\n}\n`;
}

describe('cjm site --serve', () => {
    it('serves the site on 127.0.0.1, rebuilds it after a save and tells the open pages to reload', { timeout: 90_000 }, async () => {
        const root = makeWorkspace({ 'map.cjm': journeyMap('Before the save') });
        const child = spawn(process.execPath, [BIN, 'site', '.', '-o', 'out', '--serve', '--port', '0'], { cwd: root, env: { ...process.env, CJM_TODAY: TODAY } });
        // A failed expectation must not leave the watcher running after the test.
        onTestFinished(() => void child.kill());
        let stderr = '';
        child.stderr.on('data', chunk => void (stderr += String(chunk)));
        const exited = new Promise<number | null>(resolve => child.on('exit', resolve));
        await expect.poll(() => stderr, { timeout: 30_000 }).toMatch(/watching/);
        const url = /serving (http:\/\/127\.0\.0\.1:\d+\/) \(127\.0\.0\.1 only\)/.exec(stderr)![1];

        const page = await (await fetch(`${url}journeys/Served.html`)).text();
        expect(page).toContain('<h1>Before the save</h1>');
        // The served page, not the written one, carries the live-reload script.
        expect(page).toContain('<script src="/__cjm/reload.js"></script>\n</body>');
        expect((await fetch(`${url}../../etc/passwd`)).status).toBe(404);

        const events = await fetch(`${url}__cjm/events`);
        const reader = events.body!.getReader();
        await reader.read();
        writeFileSync(path.join(root, 'map.cjm'), journeyMap('After the save'));
        const message = new TextDecoder().decode((await reader.read()).value);
        expect(message).toBe('data: reload\n\n');
        expect(await (await fetch(`${url}journeys/Served.html`)).text()).toContain('<h1>After the save</h1>');
        await reader.cancel();

        child.kill('SIGINT');
        expect(await exited).toBe(0);
    });
});
