import { chmodSync, chownSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../run-cli.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');

const MESSY = 'persona A "a"{goal "g"   // why\n      need "n"}\n';
const CANONICAL = 'persona A "a" {\n  goal "g" // why\n  need "n"\n}\n';
const BROKEN = 'persona B {\n  goal\n}\n';

function read(root: string, name: string): string {
    return readFileSync(path.join(root, name), 'utf8');
}

describe('cjm fmt', () => {
    it.concurrent('rewrites the files of a folder in place, leaves canonical ones alone, and says how many it rewrote', async () => {
        const root = makeWorkspace({ 'maps/a.cjm': MESSY, 'maps/b.cjm': CANONICAL });
        const result = await runCli(['fmt'], { cwd: root });
        expect(result).toEqual({ code: 0, stdout: '', stderr: 'Rewrote 1 file; 1 file already formatted.\n' });
        expect(await runCli(['fmt'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: 'All 2 files are already formatted.\n' });
        expect(read(root, 'maps/a.cjm')).toBe(CANONICAL);
        expect(read(root, 'maps/b.cjm')).toBe(CANONICAL);
    });

    it.concurrent('--check lists the files that would change on stdout, says what the list means on stderr, writes nothing and exits 1', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY, 'b.cjm': CANONICAL, 'sub/c.cjm': MESSY });
        const result = await runCli(['fmt', '--check', '.'], { cwd: root });
        expect(result).toEqual({ code: 1, stdout: 'a.cjm\nsub/c.cjm\n', stderr: '2 files would be reformatted; run `cjm fmt` to rewrite them.\n' });
        expect((await runCli(['fmt', '--check', 'a.cjm'], { cwd: root })).stderr).toBe('1 file would be reformatted; run `cjm fmt` to rewrite it.\n');
        expect(read(root, 'a.cjm')).toBe(MESSY);
    });

    it.concurrent('--check exits 0 when every file is canonical', async () => {
        const root = makeWorkspace({ 'b.cjm': CANONICAL });
        expect(await runCli(['fmt', '--check', 'b.cjm'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '1 file is already formatted.\n' });
    });

    it.concurrent('--stdout prints the formatted text of one file and writes nothing', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY, 'b.cjm': CANONICAL });
        expect(await runCli(['fmt', '--stdout', 'a.cjm'], { cwd: root })).toEqual({ code: 0, stdout: CANONICAL, stderr: '' });
        expect(read(root, 'a.cjm')).toBe(MESSY);
        const several = await runCli(['fmt', '--stdout', '.'], { cwd: root });
        expect(several).toEqual({ code: 2, stdout: '', stderr: 'cjm: --stdout takes one file; . holds 2\n' });
    });

    it.concurrent('leaves a file with syntax errors untouched, reports it and exits 2, formatting the others', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY, 'broken.cjm': BROKEN });
        const result = await runCli(['fmt', '.'], { cwd: root });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^broken\.cjm\n {2}3:1 {2}error {2}.+ {2}syntax\n/);
        expect(result.stderr).toMatch(/\ncjm: broken\.cjm has syntax errors and was left untouched\nRewrote 1 file\.\n$/);
        expect(read(root, 'broken.cjm')).toBe(BROKEN);
        expect(read(root, 'a.cjm')).toBe(CANONICAL);
    });

    it.concurrent('--check with a file that has syntax errors exits 2', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY, 'broken.cjm': BROKEN });
        const result = await runCli(['fmt', '--check'], { cwd: root });
        expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: 'a.cjm\n' });
    });

    it.concurrent('keeps CRLF line ends, a byte order mark and the file mode', async () => {
        const root = makeWorkspace({ 'win.cjm': `\uFEFF${MESSY.replace(/\n/g, '\r\n')}` });
        chmodSync(path.join(root, 'win.cjm'), 0o640);
        expect((await runCli(['fmt', 'win.cjm'], { cwd: root })).code).toBe(0);
        expect(read(root, 'win.cjm')).toBe(`\uFEFF${CANONICAL.replace(/\n/g, '\r\n')}`);
        expect(statSync(path.join(root, 'win.cjm')).mode & 0o777).toBe(0o640);
    });

    it.concurrent('writes atomically: no temporary file is left beside the map', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY });
        await runCli(['fmt'], { cwd: root });
        expect(readdirSync(root)).toEqual(['a.cjm']);
    });

    it.concurrent('refuses a read-only file with exit 2 and a clear message, formatting the others', async () => {
        const root = makeWorkspace({ 'locked.cjm': MESSY, 'open.cjm': MESSY });
        chmodSync(path.join(root, 'locked.cjm'), 0o444);
        const result = await runCli(['fmt', '.'], { cwd: root });
        expect(result).toEqual({ code: 2, stdout: '', stderr: 'cjm: locked.cjm is read-only; cjm fmt leaves it untouched (make it writable to format it)\nRewrote 1 file.\n' });
        expect(read(root, 'locked.cjm')).toBe(MESSY);
        expect(read(root, 'open.cjm')).toBe(CANONICAL);
    });

    it.concurrent('writes a file with several hard links in place, so every name sees the new text', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY });
        linkSync(path.join(root, 'a.cjm'), path.join(root, 'same.txt'));
        const inode = statSync(path.join(root, 'a.cjm')).ino;
        expect((await runCli(['fmt', 'a.cjm'], { cwd: root })).code).toBe(0);
        expect(statSync(path.join(root, 'a.cjm')).ino).toBe(inode);
        expect(read(root, 'same.txt')).toBe(CANONICAL);
    });

    it.runIf(process.getuid?.() === 0)('run as root, keeps the owner and group of another user\'s file', async () => {
        const root = makeWorkspace({ 'theirs.cjm': MESSY });
        const file = path.join(root, 'theirs.cjm');
        chownSync(file, 4242, 4343);
        chmodSync(file, 0o640);
        expect((await runCli(['fmt', 'theirs.cjm'], { cwd: root })).code).toBe(0);
        const { uid, gid, mode } = statSync(file);
        expect({ uid, gid, mode: mode & 0o777 }).toEqual({ uid: 4242, gid: 4343, mode: 0o640 });
        expect(read(root, 'theirs.cjm')).toBe(CANONICAL);
    });

    it.concurrent('refuses --check together with --stdout', async () => {
        const root = makeWorkspace({ 'a.cjm': MESSY });
        expect(await runCli(['fmt', '--check', '--stdout', 'a.cjm'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: --check and --stdout cannot be used together\n' });
    });

    it.concurrent('says its summary in Russian when the maps are Russian, in English when they are English or mixed', async () => {
        const karta = readFileSync(path.join(EXAMPLES, 'russian-bank-card/karta.cjm'), 'utf8');
        const russian = makeWorkspace({ 'karta.cjm': karta, 'sub/karta.cjm': karta.replace(/\r\n$/, '\r\n\r\n\r\n') });
        expect(await runCli(['fmt', '--check'], { cwd: russian }))
            .toEqual({ code: 1, stdout: 'sub/karta.cjm\n', stderr: 'Файлов к переформатированию: 1; чтобы переписать, запустите `cjm fmt`.\n' });
        expect((await runCli(['fmt', '--check', 'karta.cjm'], { cwd: russian })).stderr).toBe('Уже отформатировано файлов: 1.\n');
        expect((await runCli(['fmt'], { cwd: russian })).stderr).toBe('Переписано файлов: 1; уже отформатировано: 1.\n');
        const english = makeWorkspace({ 'a.cjm': MESSY, 'b.cjm': CANONICAL });
        expect((await runCli(['fmt', '--check'], { cwd: english })).stderr).toBe('1 file would be reformatted; run `cjm fmt` to rewrite it.\n');
        const mixed = makeWorkspace({ 'karta.cjm': karta, 'b.cjm': CANONICAL });
        expect((await runCli(['fmt', '--check'], { cwd: mixed })).stderr).toBe('All 2 files are already formatted.\n');
    });

    it.concurrent('finds the examples in the canonical layout', async () => {
        const result = await runCli(['fmt', '--check', EXAMPLES]);
        expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: '' });
        expect(result.stderr).toMatch(/^All \d+ files are already formatted\.\n$/);
    });
});
