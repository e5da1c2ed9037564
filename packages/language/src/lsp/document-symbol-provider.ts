import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';

/**
 * The outline: top-level personas and channels, and each journey with its own personas,
 * channels and stages, each stage with its touchpoints, barriers, opportunities and
 * metrics (Langium's tree of named nodes). A declaration's title is its detail.
 */
export class CjmDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = (astNode as { title?: unknown }).title;
        return typeof title === 'string' ? { ...symbol, detail: title } : symbol;
    }
}
