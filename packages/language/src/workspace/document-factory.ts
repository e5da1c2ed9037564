import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseElement } from '../parser/reparse-element.js';

/** The last parse of a document made by a splice: the tree it was made from, the tree it made, the top-level element replaced and the one in its place. */
export interface Splice {
    from: AstNode;
    to: AstNode;
    replaced: AstNode;
    element: AstNode;
}

/**
 * Langium's document factory, with a changed document parsed again only in the top-level
 * element the change lies inside, where that is safe (parser/reparse-element.ts); the
 * whole text otherwise. It tells which parse of a document was a splice (references/kept-links.ts).
 */
export class CjmDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse each document had when its update began, by URI (updates of several documents interleave). */
    private readonly previous = new Map<string, ParseResult<AstNode>>();
    /** The last parse of each document, by URI, when it was a splice. */
    private readonly splices = new Map<string, Splice>();

    /** The document's last parse if it was a splice, forgotten once asked (the linker asks once per parse). */
    takeSplice(uri: URI): Splice | undefined {
        const key = uri.toString();
        const splice = this.splices.get(key);
        this.splices.delete(key);
        return splice;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const key = uri.toString();
        this.splices.delete(key);
        const old = this.previous.get(key);
        const oldText = old?.value.$cstNode?.root.fullText;
        if (old !== undefined && oldText !== undefined) {
            const from = old.value as AstNode & { elements: AstNode[] };
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const spliced = reparseElement(old, oldText, text, part => parser.parse(part));
            if (spliced !== undefined) {
                const to = spliced.value as AstNode & { elements: AstNode[] };
                // The old root keeps its elements: the splice made a new root.
                const index = to.elements.findIndex((element, i) => element !== from.elements[i]);
                this.splices.set(key, { from, to, replaced: from.elements[index], element: to.elements[index] });
                return Promise.resolve(spliced as ParseResult<T>);
            }
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
