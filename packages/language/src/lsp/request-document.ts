import { DocumentState, OperationCancelled, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { isCjmFile, isJourney, type CjmFile, type Journey } from '../generated/ast.js';
import type { JourneyEntry } from '../protocol.js';

/**
 * The document a custom request names, built to `state` from the text the editor has
 * (unsaved changes and untitled buffers included). A request sent right after a change
 * waits for the build of the new text, as Langium's own request handlers do.
 */
export async function requestDocument(shared: LangiumSharedServices, uri: string, state: DocumentState, token: CancellationToken): Promise<LangiumDocument<CjmFile>> {
    await shared.workspace.WorkspaceManager.ready;
    const parsed = URI.parse(uri);
    if (!shared.workspace.LangiumDocuments.hasDocument(parsed)) {
        // Just opened (an untitled buffer): the update that adds it is queued on the lock; reads run after it.
        await shared.workspace.WorkspaceLock.read(() => undefined);
    }
    await shared.workspace.DocumentBuilder.waitUntil(state, parsed, token);
    const document = shared.workspace.LangiumDocuments.getDocument(parsed);
    if (!document || !isCjmFile(document.parseResult.value)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open .cjm document`);
    }
    return document as LangiumDocument<CjmFile>;
}

/** Stops a request whose client has given up on it, before work that cannot be interrupted. */
export function checkCancelled(token: CancellationToken): void {
    if (token.isCancellationRequested) {
        throw OperationCancelled;
    }
}

/** The document's journeys; in a text that does not parse, those whose name was read. */
export function journeysOf(document: LangiumDocument<CjmFile>): Journey[] {
    return document.parseResult.value.elements.filter(isJourney).filter(journey => typeof journey.name === 'string');
}

export function journeyEntry(journey: Journey): JourneyEntry {
    return journey.title === undefined ? { id: journey.name } : { id: journey.name, title: journey.title };
}

/**
 * How messages and reports name a document: its path relative to its workspace folder,
 * as `cjm` run in that folder names it, else its last segment (`Untitled-1`).
 */
export function documentName(shared: LangiumSharedServices, document: LangiumDocument): string {
    const folder = shared.workspace.WorkspaceManager.workspaceFolders
        ?.map(({ uri }) => URI.parse(uri))
        .find(candidate => candidate.scheme === document.uri.scheme && UriUtils.contains(candidate, document.uri));
    return folder ? UriUtils.relative(folder, document.uri) : UriUtils.basename(document.uri);
}
