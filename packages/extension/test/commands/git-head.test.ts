/**
 * Reading a map as committed at git HEAD, for Compare with HEAD: the text and its path in
 * the repository, or a sentence for the user when there is none.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { headText } from '../../src/commands/git-head.js';

function folder(): string {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-git-')));
    onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
    return root;
}

function git(cwd: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'user.name=cjm', '-c', 'user.email=cjm@example.com', ...args], { cwd, stdio: 'pipe' });
}

function write(file: string, text: string): string {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
}

describe('headText', () => {
    it('reads the committed text, not the working one, with the path from the repository root', async () => {
        const root = folder();
        git(root, 'init', '-q');
        const file = write(path.join(root, 'карты', 'карта клиента.cjm'), 'journey A {}\n');
        git(root, 'add', '.');
        git(root, 'commit', '-q', '-m', 'maps');
        fs.writeFileSync(file, 'journey B {}\n');
        expect(await headText(file)).toEqual({ kind: 'text', text: 'journey A {}\n', path: 'карты/карта клиента.cjm' });
    });

    it('says when the file is new since HEAD', async () => {
        const root = folder();
        git(root, 'init', '-q');
        write(path.join(root, 'old.cjm'), 'journey A {}\n');
        git(root, 'add', '.');
        git(root, 'commit', '-q', '-m', 'old');
        const file = write(path.join(root, 'maps', 'new.cjm'), 'journey B {}\n');
        expect(await headText(file)).toEqual({ kind: 'unavailable', message: 'maps/new.cjm is new: it is not in HEAD.' });
    });

    it('says when the repository has no commit yet', async () => {
        const root = folder();
        git(root, 'init', '-q');
        const file = write(path.join(root, 'a.cjm'), 'journey A {}\n');
        expect(await headText(file)).toEqual({ kind: 'unavailable', message: 'The repository of a.cjm has no commit yet.' });
    });

    it('says when the file is in no repository', async () => {
        const file = write(path.join(folder(), 'a.cjm'), 'journey A {}\n');
        // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
        process.env.GIT_CEILING_DIRECTORIES = path.dirname(path.dirname(file));
        onTestFinished(() => {
            delete process.env.GIT_CEILING_DIRECTORIES;
        });
        expect(await headText(file)).toEqual({ kind: 'unavailable', message: 'a.cjm is not in a git repository.' });
    });
});
