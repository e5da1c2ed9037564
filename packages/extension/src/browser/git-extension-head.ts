import * as vscode from 'vscode';
import { unavailable, type HeadReader } from '../commands/head-text.js';

/** The part of the built-in git extension's API (`vscode.git`, API version 1) this reads. */
interface GitApi {
    getRepository(uri: vscode.Uri): { rootUri: vscode.Uri; show(ref: string, path: string): Promise<string> } | null;
}

/**
 * HEAD's text of a document in a browser host: through the built-in git extension's API
 * where it runs beside this extension; where it does not (github.dev, vscode.dev, a git
 * extension in another extension host), a message that says so and what to do instead.
 */
export const gitExtensionHeadText: HeadReader = async uri => {
    const git = await gitApi();
    const document = uri as vscode.Uri;
    const repository = git?.getRepository(document);
    if (git === undefined) {
        return unavailable(vscode.l10n.t('this editor has no git in reach of the extension (github.dev and vscode.dev read the repository without one). Open the pull request\'s changes in the Source Control view, or run `cjm diff` on a clone.'));
    }
    if (!repository) {
        return unavailable(vscode.l10n.t('{0} is not in a git repository.', document.path.slice(document.path.lastIndexOf('/') + 1)));
    }
    const inRepository = document.path.slice(repository.rootUri.path.replace(/\/$/, '').length + 1);
    try {
        return { kind: 'text', text: await repository.show('HEAD', document.fsPath), path: inRepository };
    } catch {
        return unavailable(vscode.l10n.t('{0} is new: it is not in HEAD.', inRepository));
    }
};

async function gitApi(): Promise<GitApi | undefined> {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi } | undefined>('vscode.git');
    try {
        const exports = extension && (extension.isActive ? extension.exports : await extension.activate());
        return exports?.getAPI(1);
    } catch {
        return undefined; // Running in another extension host: its API is out of reach.
    }
}
