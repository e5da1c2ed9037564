/**
 * A copy of example folders in a fresh temporary workspace with a server started on it,
 * shared by the tests of one file (the server takes a moment to start and index).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLES } from '../fixtures.js';
import { copyTree, LspSession, uriOf } from './lsp-client.js';

export class ExampleWorkspace {
    private constructor(readonly root: string, readonly session: LspSession) {}

    /**
     * Copies `folders` of examples/ (or extra files, relative path to text) into one
     * workspace and starts a server on it.
     */
    static async start(folders: readonly string[], files: Record<string, string> = {}): Promise<ExampleWorkspace> {
        const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-lsp-')));
        for (const folder of folders) {
            copyTree(path.join(EXAMPLES, folder), path.join(root, folder));
        }
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
            fs.writeFileSync(path.join(root, name), text);
        }
        return new ExampleWorkspace(root, await LspSession.start({ root }));
    }

    /** The URI of a file, by its path relative to the workspace. */
    uri(file: string): string {
        return uriOf(path.join(this.root, file));
    }

    /** The text of a file on disk, as the editor shows it (without a byte order mark). */
    text(file: string): string {
        return fs.readFileSync(path.join(this.root, file), 'utf8').replace(/^\uFEFF/, '');
    }

    /** The path relative to the workspace of a file URI. */
    file(uri: string): string {
        return uri.slice(uriOf(this.root).length + 1);
    }

    async stop(): Promise<void> {
        await this.session.stop();
        fs.rmSync(this.root, { recursive: true, force: true });
    }
}
