import { DefaultReferenceDescriptionProvider, AstUtils, type LangiumDocument, type ReferenceDescription } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { walkByElement } from './walk-by-element.js';

/** Langium's reference index of a document, walked one top-level element at a time (walk-by-element.ts). */
export class CjmReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkByElement(document.parseResult.value, cancelToken, node => {
            AstUtils.streamReferences(node).forEach(info => {
                if (!info.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(info));
                }
            });
        });
        return descriptions;
    }
}
