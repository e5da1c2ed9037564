import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { FONT_FILES } from '@cjm/language';
import { describe, expect, it } from 'vitest';

// What `npm pack` puts in the CLI's tarball, read from npm itself (nothing is written).

const PACKAGE = path.resolve(import.meta.dirname, '..');
const MB = 1_000_000;

interface PackEntry {
    size: number;
    unpackedSize: number;
    files: { path: string; size: number }[];
}

async function dryRunPack(): Promise<PackEntry> {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], { cwd: PACKAGE, maxBuffer: 16 * MB });
    return (JSON.parse(stdout) as PackEntry[])[0];
}

describe('the CLI package', () => {
    it('ships every font the PNG is drawn with, each with its licence, and stays under 40 MB', async () => {
        const pack = await dryRunPack();
        const files = new Set(pack.files.map(file => file.path));
        for (const font of FONT_FILES) {
            const name = path.posix.basename(font);
            expect(files, name).toContain(`dist/fonts/${name}`);
            expect(files, name).toContain(`dist/fonts/${name.replace(/\.ttf$/, '')}.LICENSE.txt`);
        }
        expect(pack.size).toBeLessThan(40 * MB);
    }, 60_000);

    it('ships no source maps: the code runs without them, and they would double the download', async () => {
        const pack = await dryRunPack();
        expect(pack.files.map(file => file.path).filter(file => file.endsWith('.map'))).toEqual([]);
    }, 60_000);
});
