import { GrammarAST, stream, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, InsertTextFormat, InsertTextMode, type CancellationToken, type CompletionParams
} from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import type { ConfigProvider } from '../config/config-provider.js';
import { keepsEntryPersona } from './completion/entry-personas.js';
import { valueKeywords, valueProperty } from './completion/grammar-values.js';
import { snippetFor } from './completion/snippets.js';

/**
 * Langium's grammar-driven completion (keywords that fit, references in scope), with:
 * references labelled by their titles and shadowed ones left out, property values marked
 * as values, skeletons for the main declarations, today's date where a date goes, and
 * nothing inside comments.
 */
export class CjmCompletionProvider extends DefaultCompletionProvider {
    private readonly configs: ConfigProvider;
    private readonly evidence: string[];

    constructor(services: CjmServices) {
        super(services);
        this.configs = services.config.ConfigProvider;
        this.evidence = valueKeywords(services.Grammar, 'Answer', 'source');
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        if (this.inComment(text, document.textDocument.offsetAt(params.position))) {
            return CompletionList.create([], false);
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /** The innermost declaration of a name wins: a journey's own persona shadows a top-level one. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        return stream(super.getReferenceCandidates(refInfo, context)).distinct(description => description.name).filter(keepsEntryPersona(refInfo));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const title = (description.node as { title?: string } | undefined)?.title;
        return { ...super.createReferenceCompletionItem(description, refInfo, context), detail: title ?? description.type.toLowerCase() };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DATE') {
            acceptor(context, { label: this.configs.getToday(), kind: CompletionItemKind.Value, detail: 'today', sortText: '0' });
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const property = valueProperty(keyword);
        acceptor(context, property
            ? { label: keyword.value, kind: CompletionItemKind.EnumMember, detail: property, sortText: '0' }
            : { label: keyword.value, kind: CompletionItemKind.Keyword, detail: 'keyword', sortText: '1' });
        const snippet = snippetFor(keyword.value, { today: this.configs.getToday(), evidence: this.evidence });
        if (snippet) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation,
                sortText: '2'
            });
        }
    }

    /** Inside a `//` comment (up to its line end) or a closed `/* *\/` comment. */
    private inComment(text: string, offset: number): boolean {
        return this.lexer.tokenize(text).hidden.some(token => {
            const end = token.startOffset + token.image.length;
            return token.tokenType.name.endsWith('COMMENT') && token.startOffset < offset
                && (offset < end || (offset === end && token.tokenType.name === 'SL_COMMENT'));
        });
    }
}
