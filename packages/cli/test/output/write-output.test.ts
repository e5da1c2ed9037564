import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restaurantWorkspace, runCli } from '../run-cli.js';

describe('an output that cannot be written names the real cause', () => {
    it.concurrent('-o under a file: that file is not a folder', async () => {
        const root = restaurantWorkspace();
        await runCli(['export', 'visit.cjm', '--format', 'json', '-o', 'plain.json'], { cwd: root });
        expect(await runCli(['render', 'visit.cjm', '-o', 'plain.json/picture.svg'], { cwd: root }))
            .toEqual({ code: 2, stdout: '', stderr: 'cjm: cannot write plain.json/picture.svg: plain.json is not a folder\n' });
    });

    it.concurrent('render DIR -o OUTDIR where OUTDIR is a file: that file is not a folder', async () => {
        const root = restaurantWorkspace();
        await runCli(['export', 'visit.cjm', '--format', 'json', '-o', 'plain.json'], { cwd: root });
        expect(await runCli(['render', '.', '-o', 'plain.json'], { cwd: root }))
            .toEqual({ code: 2, stdout: '', stderr: 'cjm: cannot write plain.json/RestaurantVisit.svg: plain.json is not a folder\n' });
    });

    it.skipIf(!existsSync('/dev/full'))('-o under a device: the device is not a folder', async () => {
        const { code, stderr } = await runCli(['render', 'visit.cjm', '-o', '/dev/full/picture.svg'], { cwd: restaurantWorkspace() });
        expect(code).toBe(2);
        expect(stderr).toMatch(/^cjm: cannot write \S*dev\/full\/picture\.svg: \S*dev\/full is not a folder\n$/);
    });
});
