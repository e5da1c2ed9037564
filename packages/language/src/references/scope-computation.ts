import { AstUtils, DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument, type MultiMap } from 'langium';
import { isJourney } from '../generated/ast.js';

/**
 * Touchpoints, barriers, opportunities and metrics are named within their journey and
 * referenced by plain name from anywhere in it, so every named node inside a journey is
 * visible in the whole journey, not only in its stage. Journey-local personas and channels
 * thereby shadow top-level ones of the same name (the scope provider asks the journey first).
 */
export class CjmScopeComputation extends DefaultScopeComputation {
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const journey = node.$container && AstUtils.getContainerOfType(node.$container, isJourney);
        const name = this.nameProvider.getName(node);
        if (journey && name) {
            symbols.add(journey, this.descriptions.createDescription(node, name, document));
        } else {
            super.addLocalSymbol(node, document, symbols);
        }
    }
}
