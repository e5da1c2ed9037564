import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import type { ElementReferences } from './element-references.js';
import { walkByElement } from './walk-by-element.js';

/** Langium's reference index of a document, one top-level element at a time (walk-by-element.ts, element-references.ts). */
export class CjmReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly references: ElementReferences;

    constructor(services: CjmServices) {
        super(services);
        this.references = services.references.ElementReferences;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkByElement(document.parseResult.value, cancelToken, element => {
            for (const info of this.references.of(element)) {
                if (!info.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(info));
                }
            }
        });
        return descriptions;
    }
}
