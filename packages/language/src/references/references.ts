import { DefaultReferences, stream, UriUtils, type AstNode, type FindReferencesOptions, type ReferenceDescription, type Stream } from 'langium';

/**
 * Langium's references, without its spread of every reference into one push(...): a
 * persona or channel used by more touchpoints than a call takes arguments (about 120,000)
 * made rename, find-references and highlights throw. The references stay a lazy stream.
 */
export class CjmReferences extends DefaultReferences {
    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        let indexReferences = this.index.findAllReferences(targetNode, this.nodeLocator.getAstNodePath(targetNode));
        const documentUri = options.documentUri;
        if (documentUri) {
            indexReferences = indexReferences.filter(reference => UriUtils.equals(reference.sourceUri, documentUri));
        }
        return options.includeDeclaration ? stream(this.getSelfReferences(targetNode)).concat(indexReferences) : indexReferences;
    }
}
