import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(ROOT, 'packages/cli');

/** The files `npm pack` puts in the CLI's tarball (nothing is written). */
function packedFiles(): string[] {
    const result = spawnSync('npm', ['pack', '--workspace', 'packages/cli', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const [pack] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
    return pack.files.map(file => file.path);
}

describe('the packed CLI (npm pack)', () => {
    const files = packedFiles();

    it('holds the binary, its bundle, both JSON Schemas, a README and the licence', () => {
        expect(files).toEqual(expect.arrayContaining([
            'bin/cjm.js', 'dist/cjm.js', 'dist/server.mjs', 'cjm.config.schema.json', 'cjm.export.schema.json', 'README.md', 'LICENSE', 'package.json'
        ]));
    });

    it('is under the MIT licence of the repository', () => {
        const licence = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
        expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the cjm authors\n/);
        expect(readFileSync(path.join(CLI, 'LICENSE'), 'utf8')).toBe(licence);
        expect(JSON.parse(readFileSync(path.join(CLI, 'package.json'), 'utf8'))).toMatchObject({ license: 'MIT' });
    });

    it('has a README whose links work outside the repository: absolute URLs only', () => {
        const readme = readFileSync(path.join(CLI, 'README.md'), 'utf8');
        const targets = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(match => match[1]);
        expect(targets.length).toBeGreaterThan(0);
        expect(targets.filter(target => !target.startsWith('https://'))).toEqual([]);
    });
});
