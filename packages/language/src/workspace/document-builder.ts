import { DefaultDocumentBuilder, delayNextTick, DocumentState, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CjmLinker } from '../references/linker.js';

/**
 * Langium's document builder, which unlinks a changed document whole before parsing it
 * again. When one document changes and every document was fully built before, its links
 * are held through that reset instead (references/linker.ts): if the parse turns out to be
 * a splice of one element that leaves the other elements' links true, only that element
 * is linked again; otherwise the linker unlinks the whole document then. Other documents
 * that refer to the changed one are re-linked as Langium does.
 *
 * Once a document's scopes are computed the build lets the requests waiting for them
 * (completion) answer before it links and validates: their continuations would otherwise
 * interleave with the build's, and completion right after typing waited behind most of it.
 */
export class CjmDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const held = this.aloneChanged(changed, deleted);
        for (const services of this.serviceRegistry.all) {
            (services.references.Linker as CjmLinker).holdLinks(held && this.serviceRegistry.getServices(held.uri) === services ? held : undefined);
        }
        return super.update(changed, deleted, cancelToken);
    }

    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        await super.notifyDocumentPhase(document, state, cancelToken);
        if (state === DocumentState.ComputedScopes) {
            await delayNextTick();
        }
    }

    /** The one changed document when nothing else changed and every document's last build completed. */
    private aloneChanged(changed: URI[], deleted: URI[]): LangiumDocument | undefined {
        const document = changed.length === 1 && deleted.length === 0 ? this.langiumDocuments.getDocument(changed[0]) : undefined;
        const built = (each: LangiumDocument): boolean => each.state === DocumentState.Validated && this.buildState.get(each.uri.toString())?.completed === true;
        return document && this.langiumDocuments.all.every(built) ? document : undefined;
    }
}
