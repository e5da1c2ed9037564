import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';

/** The files `cjm lint --format json ARGS` read, in order. */
async function filesRead(args: string[], cwd: string): Promise<string[]> {
    const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', ...args], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return parseJson<{ file: string }[]>(stdout).map(result => result.file);
}

describe('finding the files to lint', () => {
    it.concurrent('searches folders for *.cjm in sorted order, skipping node_modules and dot-folders', async () => {
        const root = makeWorkspace({
            'b.cjm': '',
            'A.cjm': '',
            'maps/z.cjm': '',
            'maps/deep/er/a.cjm': '',
            'maps/notes.md': '# not a map\n',
            'maps/map.cjm.bak': 'persona Old\n',
            'node_modules/pkg/x.cjm': 'not even valid',
            'maps/node_modules/y.cjm': 'not even valid',
            '.git/z.cjm': 'not even valid',
            'maps/.cache/w.cjm': 'not even valid'
        });
        expect(await filesRead([], root)).toEqual(['A.cjm', 'b.cjm', 'maps/deep/er/a.cjm', 'maps/z.cjm']);
    });

    it.concurrent('keeps the order of the paths given, and reads a file given twice once', async () => {
        const root = makeWorkspace({ 'z.cjm': '', 'maps/b.cjm': '', 'maps/a.cjm': '' });
        expect(await filesRead(['z.cjm', 'maps', './maps/a.cjm', 'z.cjm'], root)).toEqual(['z.cjm', 'maps/a.cjm', 'maps/b.cjm']);
    });

    it.concurrent('searches a dot-folder given by name', async () => {
        const root = makeWorkspace({ '.maps/a.cjm': '' });
        expect(await filesRead(['.maps'], root)).toEqual(['.maps/a.cjm']);
    });

    it.concurrent('exits 2 for a file given by name that is not .cjm', async () => {
        const root = makeWorkspace({ 'map.txt': '' });
        expect(await runCli(['lint', 'map.txt'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: map.txt is not a .cjm file\n' });
    });
});
