import {
    AstUtils, DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumCoreServices, type LangiumDocument, type LocalSymbols
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isJourney } from '../generated/ast.js';
import { movingDescription } from './moving-description.js';
import { walkByElement } from './walk-by-element.js';

/** A top-level element's local symbols: each description with the container it is visible in. */
type ElementSymbols = Array<[AstNode, AstNodeDescription]>;

/**
 * Touchpoints, barriers, opportunities and metrics are named within their journey and
 * referenced by plain name from anywhere in it, so every named node inside a journey is
 * visible in the whole journey, not only in its stage. Journey-local personas and channels
 * thereby shadow top-level ones of the same name (the scope provider asks the journey first).
 *
 * The symbols inside a top-level element are kept while the element's node is: an edit
 * spliced into one element (parser/reparse-element.ts) keeps every other element's nodes,
 * at the same place in the tree, so only the new element's symbols are collected again.
 */
export class CjmScopeComputation extends DefaultScopeComputation {
    private readonly byElement = new WeakMap<AstNode, ElementSymbols>();
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        await walkByElement(root, cancelToken, element => {
            // The element itself is visible in the root, which a splice makes anew.
            this.addLocalSymbol(element, document, symbols);
            let kept = this.byElement.get(element);
            if (!kept) {
                kept = AstUtils.streamAllContents(element).map(node => this.symbolOf(node, document)).nonNullable().toArray();
                this.byElement.set(element, kept);
            }
            kept.forEach(([container, description]) => symbols.add(container, description));
        });
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const symbol = this.symbolOf(node, document);
        if (symbol) {
            symbols.add(...symbol);
        }
    }

    /** A named node's description and the container it is visible in: its journey, else its container. */
    private symbolOf(node: AstNode, document: LangiumDocument): [AstNode, AstNodeDescription] | undefined {
        const container = node.$container;
        const name = container && this.nameProvider.getName(node);
        if (!container || !name) {
            return undefined;
        }
        const journey = AstUtils.getContainerOfType(container, isJourney);
        const path = this.locator.getAstNodePath(node);
        const description = movingDescription(node, name, () => this.nameProvider.getNameNode(node), document.uri, path);
        return [journey ?? container, description];
    }
}
