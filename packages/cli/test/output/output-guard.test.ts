import { linkSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, RESTAURANT, runCli } from '../run-cli.js';

const MAP = readFileSync(RESTAURANT, 'utf8');
const CONFIG = '{ "rules": {} }\n';

/** A workspace with the map visit.cjm and a config, plus whatever links `arrange` makes in it. */
function workspace(arrange: (root: string) => void = () => undefined): string {
    const root = makeWorkspace({ 'visit.cjm': MAP, 'cjm.config.json': CONFIG, 'other.cjm': '// another map of the team\n' });
    arrange(root);
    return root;
}

/** Every file a test could harm, with the bytes it must still hold. */
function untouched(root: string): void {
    expect(readFileSync(path.join(root, 'visit.cjm'), 'utf8')).toBe(MAP);
    expect(readFileSync(path.join(root, 'cjm.config.json'), 'utf8')).toBe(CONFIG);
    expect(readFileSync(path.join(root, 'other.cjm'), 'utf8')).toBe('// another map of the team\n');
}

const refusal = (written: string, why: string): string => `cjm: refusing to write ${written}: ${why}; choose another output name\n`;
const MAP_WHY = 'it is a map (.cjm), and cjm never writes over one';

describe('no command writes over a map or a config, whatever the flags', () => {
    const commands: [string, string[]][] = [
        ['render --format svg', ['render', 'visit.cjm', '--format', 'svg']],
        ['render --format png', ['render', 'visit.cjm', '--format', 'png']],
        ['export --format json', ['export', 'visit.cjm', '--format', 'json']],
        ['export --format mermaid', ['export', 'visit.cjm', '--format', 'mermaid']]
    ];

    describe.each(commands)('%s', (_name, args) => {
        it.concurrent.each([
            ['the map it reads', 'visit.cjm', 'visit.cjm'],
            ['the map it reads, spelt ./', './visit.cjm', 'visit.cjm'],
            ['a map in upper case', 'VISIT.CJM', 'VISIT.CJM'],
            ['another map', 'other.cjm', 'other.cjm']
        ])('-o %s: exit 2, the map unchanged', async (_case, out, shown) => {
            const root = workspace();
            expect(await runCli([...args, '-o', out], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: refusal(shown, MAP_WHY) });
            untouched(root);
        });

        it.concurrent('-o a symbolic link to the map: exit 2, the map unchanged', async () => {
            const root = workspace(dir => symlinkSync('visit.cjm', path.join(dir, 'picture.out')));
            expect(await runCli([...args, '-o', 'picture.out'], { cwd: root }))
                .toEqual({ code: 2, stdout: '', stderr: refusal('picture.out (a link to visit.cjm)', MAP_WHY) });
            untouched(root);
        });

        it.concurrent('-o the map under another name (a hard link): exit 2, the map unchanged', async () => {
            const root = workspace(dir => linkSync(path.join(dir, 'visit.cjm'), path.join(dir, 'visit.out')));
            expect(await runCli([...args, '-o', 'visit.out'], { cwd: root }))
                .toEqual({ code: 2, stdout: '', stderr: refusal('visit.out', 'it is visit.cjm, which this command reads') });
            untouched(root);
        });

        it.concurrent('-o the workspace config: exit 2, the config unchanged', async () => {
            const root = workspace();
            expect(await runCli([...args, '-o', 'cjm.config.json'], { cwd: root }))
                .toEqual({ code: 2, stdout: '', stderr: refusal('cjm.config.json', 'it is a workspace config, and cjm never writes over one') });
            untouched(root);
        });
    });

    it.concurrent('a dangling link to a map that does not exist yet is refused too: writing through it would make a map', async () => {
        const root = workspace(dir => symlinkSync('new.cjm', path.join(dir, 'picture.svg')));
        expect(await runCli(['render', 'visit.cjm', '-o', 'picture.svg'], { cwd: root }))
            .toEqual({ code: 2, stdout: '', stderr: refusal('picture.svg (a link to new.cjm)', MAP_WHY) });
    });

    it.concurrent('render DIR -o OUTDIR refuses a journey\'s picture that is a link to a map', async () => {
        const root = workspace(dir => symlinkSync('../visit.cjm', path.join(makeOut(dir), 'RestaurantVisit.svg')));
        const { code, stderr } = await runCli(['render', '.', '-o', 'out'], { cwd: root });
        expect({ code, stderr }).toEqual({ code: 2, stderr: refusal(path.join('out', 'RestaurantVisit.svg (a link to visit.cjm)'), MAP_WHY) });
        untouched(root);
    });

    it.concurrent('an ordinary output name is still written', async () => {
        const root = workspace();
        expect(await runCli(['export', 'visit.cjm', '--format', 'json', '-o', 'visit.json'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(JSON.parse(readFileSync(path.join(root, 'visit.json'), 'utf8'))).toMatchObject({ cjmVersion: 1 });
        untouched(root);
    });
});

function makeOut(root: string): string {
    const out = path.join(root, 'out');
    mkdirSync(out);
    return out;
}
