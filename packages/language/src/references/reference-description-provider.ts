import { CstUtils, DefaultReferenceDescriptionProvider, type AstNode, type LangiumDocument, type ReferenceDescription, type ReferenceInfo } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { sameTargets, type ElementReferences } from './element-references.js';
import { walkByElement } from './walk-by-element.js';

/** A top-level element's entries in the reference index, and what each of its references was linked to when they were made. */
interface ElementEntries {
    targets: unknown[];
    descriptions: ReferenceDescription[];
}

/**
 * Langium's reference index of a document, one top-level element at a time
 * (walk-by-element.ts, element-references.ts). Each element's entries are kept while its
 * node is and its references are linked to the same nodes: after an edit spliced into one
 * element, only that element's entries are made again. An entry's place in the text is
 * read from the reference's CST when asked, since a splice moves the later elements' CST.
 */
export class CjmReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly references: ElementReferences;
    private readonly entries = new WeakMap<AstNode, ElementEntries>();

    constructor(services: CjmServices) {
        super(services);
        this.references = services.references.ElementReferences;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkByElement(document.parseResult.value, cancelToken, element => {
            for (const description of this.entriesOf(element)) {
                descriptions.push(description);
            }
        });
        return descriptions;
    }

    private entriesOf(element: AstNode): ReferenceDescription[] {
        const infos = this.references.of(element);
        const kept = this.entries.get(element);
        if (kept && sameTargets(kept.targets, infos, targetOf)) {
            return kept.descriptions;
        }
        const targets = infos.map(info => targetOf(info));
        const descriptions = infos.filter(info => !info.reference.error).flatMap(info => this.createInfoDescriptions(info).map(description => moving(description, info)));
        this.entries.set(element, { targets, descriptions });
        return descriptions;
    }
}

/** What a reference is linked to: its node or linking error (a multi-reference: its list of items). */
function targetOf(info: ReferenceInfo): unknown {
    const reference = info.reference as { _ref?: unknown; _items?: unknown };
    return '_ref' in reference ? reference._ref : reference._items;
}

/** An index entry whose segment is read from the reference's CST when asked. */
function moving(description: ReferenceDescription, info: ReferenceInfo): ReferenceDescription {
    const { sourceUri, sourcePath, targetUri, targetPath, local } = description;
    const refNode = info.reference.$refNode;
    if (!refNode) {
        return description;
    }
    return {
        sourceUri, sourcePath, targetUri, targetPath, local,
        get segment() {
            return CstUtils.toDocumentSegment(refNode);
        }
    };
}
