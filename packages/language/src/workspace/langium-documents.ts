import { DefaultLangiumDocuments, UriUtils, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Langium's documents, with a request about a file the server no longer has and cannot
 * read (deleted or moved while the editor still names it) answered in plain words rather
 * than as Node's raw `ENOENT: no such file or directory, open '…'`.
 */
export class CjmLangiumDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument> {
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ENOENT' || code === 'ENOTDIR') {
                throw new Error(`${UriUtils.basename(uri)} is not open and no longer on disk: it was deleted or moved.`, { cause: error });
            }
            if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
                throw new Error(`${UriUtils.basename(uri)} cannot be read (${code === 'EISDIR' ? 'it is a folder' : 'permission denied'}).`, { cause: error });
            }
            throw error;
        }
    }
}
