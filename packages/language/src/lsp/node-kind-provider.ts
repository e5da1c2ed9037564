import { type AstNode, type AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { SymbolKind } from 'vscode-languageserver';

/**
 * The symbol kind of each declaration, for the outline and workspace symbols: an icon
 * each, so that a journey's parts tell apart at a glance. The kinds echo the semantic
 * tokens where LSP has a kind of the same name (persona a class, channel an interface,
 * journey a namespace).
 */
const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Persona: SymbolKind.Class,
    Channel: SymbolKind.Interface,
    Journey: SymbolKind.Namespace,
    Stage: SymbolKind.Module,
    Touchpoint: SymbolKind.Event,
    Barrier: SymbolKind.Struct,
    Opportunity: SymbolKind.Key,
    Metric: SymbolKind.Number
};

export class CjmNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS['$type' in node ? node.$type : node.type] ?? super.getSymbolKind(node);
    }
}
