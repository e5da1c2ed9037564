import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseElement } from '../parser/reparse-element.js';

/**
 * Langium's document factory, with a changed document parsed again only in the top-level
 * element the change lies inside, where that is safe (parser/reparse-element.ts); the
 * whole text otherwise.
 */
export class CjmDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse each document had when its update began, by URI (updates of several documents interleave). */
    private readonly previous = new Map<string, ParseResult<AstNode>>();

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
        const old = this.previous.get(uri.toString());
        const oldText = old?.value.$cstNode?.root.fullText;
        if (old !== undefined && oldText !== undefined) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const spliced = reparseElement(old, oldText, text, (part, rule) => parser.parse(part, { rule }));
            if (spliced !== undefined) {
                return Promise.resolve(spliced as ParseResult<T>);
            }
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}

