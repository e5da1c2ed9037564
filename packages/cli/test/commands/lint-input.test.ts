import { symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, runCli } from '../run-cli.js';

/** One line on stderr, no output, exit 2, no stack trace. */
async function expectBadInput(args: string[], cwd: string | undefined, message: string | RegExp): Promise<void> {
    const { code, stdout, stderr } = await runCli(args, { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toMatch(message);
}

describe('cjm lint: input it cannot use exits 2 with one line', () => {
    it.concurrent('a missing path', async () => {
        await expectBadInput(['lint', 'clean.cjm', 'nowhere.cjm'], undefined, /^cjm: no such file or folder: nowhere\.cjm\n$/);
    });

    it.concurrent('a folder without .cjm files', async () => {
        const root = makeWorkspace({ 'notes/readme.md': '# not a map\n', 'notes/node_modules/pkg/map.cjm': '' });
        await expectBadInput(['lint', 'notes'], root, /^cjm: no \.cjm files in notes\n$/);
    });

    it.concurrent('a binary file', async () => {
        const root = makeWorkspace({ 'map.cjm': new Uint8Array([0x70, 0x65, 0x72, 0x00, 0x01]) });
        await expectBadInput(['lint', 'map.cjm'], root, /^cjm: map\.cjm is not a text file \(it contains NUL bytes\)\n$/);
    });

    it.concurrent('a file that is not UTF-8', async () => {
        // "persona Caf\xe9" in Latin-1.
        const root = makeWorkspace({ 'latin1.cjm': new Uint8Array([...Buffer.from('persona Caf'), 0xe9, 0x0a]) });
        await expectBadInput(['lint', 'latin1.cjm'], root, /^cjm: latin1\.cjm is not UTF-8 text\n$/);
    });

    it.concurrent('a file that cannot be read (a symbolic link loop)', async () => {
        const root = makeWorkspace();
        symlinkSync('loop.cjm', path.join(root, 'loop.cjm'));
        await expectBadInput(['lint', 'loop.cjm'], root, /^cjm: cannot read loop\.cjm: too many levels of symbolic links\n$/);
    });

    it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
        const { chmodSync } = await import('node:fs');
        const root = makeWorkspace({ 'secret.cjm': fixture('clean.cjm') });
        chmodSync(path.join(root, 'secret.cjm'), 0o000);
        await expectBadInput(['lint', 'secret.cjm'], root, /^cjm: cannot read secret\.cjm: permission denied\n$/);
    });

    it.concurrent('an unknown flag', async () => {
        await expectBadInput(['lint', '--fix', 'clean.cjm'], undefined, /^cjm: unknown option '--fix'\n$/);
    });

    it.concurrent('an unknown format', async () => {
        await expectBadInput(['lint', '--format', 'xml', 'clean.cjm'], undefined, /^cjm: option '--format <format>' argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github\.\n$/);
    });

    it.concurrent.each(['-1', '1.5', 'many', ''])('--max-warnings %j', async value => {
        await expectBadInput(['lint', '--max-warnings', value, 'clean.cjm'], undefined, /^cjm: option '--max-warnings <n>' argument '.*' is invalid\. It must be a non-negative integer\.\n$/);
    });

    it.concurrent('a flag without its value', async () => {
        await expectBadInput(['lint', 'clean.cjm', '--today'], undefined, /^cjm: option '--today <date>' argument missing\n$/);
    });
});

describe('cjm --debug', () => {
    it.concurrent('adds the stack trace to the message', async () => {
        const { code, stderr } = await runCli(['lint', '--debug', 'nowhere.cjm']);
        expect(code).toBe(2);
        expect(stderr).toMatch(/^cjm: no such file or folder: nowhere\.cjm\n/);
        expect(stderr).toMatch(/\n\s+at /);
    });
});
