import { AstUtils, GrammarAST, stream, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, InsertTextFormat, InsertTextMode, type CancellationToken, type CompletionParams
} from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import type { ConfigProvider } from '../config/config-provider.js';
import { namesInScope } from './code-actions/names-in-scope.js';
import { lexingWindow } from './completion/lexing-window.js';
import { OneLexing } from './completion/one-lexing.js';
import { keepsEntryPersona } from './completion/entry-personas.js';
import { valueKeywords, valueProperty } from './completion/grammar-values.js';
import { skeletonFor, type NamesInScope } from './completion/skeletons.js';
import { writtenOnce } from './completion/written-once.js';

/**
 * Langium's grammar-driven completion (keywords that fit, references in scope), with:
 * references labelled by their titles and shadowed ones left out, property values marked
 * as values, one preselected skeleton instead of the bare keyword wherever a declaration
 * may start (its references a choice of the names in scope), no second offer of an
 * attribute written once already, `->` in a touchpoint, today's date where a date goes,
 * and nothing inside comments.
 */
export class CjmCompletionProvider extends DefaultCompletionProvider {
    private readonly services: CjmServices;
    private readonly configs: ConfigProvider;
    private readonly evidence: string[];
    private readonly lexing: OneLexing;

    constructor(services: CjmServices) {
        super(services);
        this.services = services;
        this.configs = services.config.ConfigProvider;
        this.evidence = valueKeywords(services.Grammar, 'Answer', 'source');
        this.lexing = new OneLexing(this.lexer);
        // Langium's provider reads its lexer from this field.
        Object.assign(this, { lexer: this.lexing });
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        return this.lexing.keep(text, lexingWindow(document.parseResult.value, text, offset), async () => {
            if (this.inComment(text, offset)) {
                return CompletionList.create([], false);
            }
            return super.getCompletion(document, params, cancelToken);
        });
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

    /** Words, and the one symbol a writer types as a keyword: the flow arrow. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return keyword.value === '->' || super.filterKeyword(context, keyword);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword) || writtenOnce(context.node, keyword, context.tokenOffset)) {
            return;
        }
        const skeleton = skeletonFor(keyword.value, () => this.namesAt(context, keyword));
        if (skeleton) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: skeleton.detail,
                insertText: skeleton.body,
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation,
                preselect: true,
                sortText: '0'
            });
            return;
        }
        const property = valueProperty(keyword);
        acceptor(context, property
            ? { label: keyword.value, kind: CompletionItemKind.EnumMember, detail: property, sortText: '0' }
            : { label: keyword.value, kind: CompletionItemKind.Keyword, detail: 'keyword', sortText: '1' });
    }

    /**
     * The names a skeleton of `keyword` may refer to where it is written: a new
     * declaration (of the keyword's rule) placed under the node at the cursor, or under
     * the file for a journey, so that another journey's local names never leak in.
     */
    private namesAt(context: CompletionContext, keyword: GrammarAST.Keyword): NamesInScope {
        const root = context.document.parseResult.value;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        const container = rule === 'Journey' ? root : context.node ?? root;
        const names = (type: string, property: string): string[] => {
            const node = { $type: type, $container: container } as AstNode;
            return namesInScope(this.services, node, property);
        };
        return {
            channels: names('Touchpoint', 'channels'),
            personas: names('Touchpoint', 'personas'),
            touchpoints: names('Touchpoint', 'flows'),
            barriers: names('Opportunity', 'resolves'),
            evidence: this.evidence
        };
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
