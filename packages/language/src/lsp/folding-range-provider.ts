import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/**
 * Langium's folding of blocks and `/* ... *\/` comments, and of runs of `//` comment lines
 * (the header comment of a map, a note above a stage), which editors fold as one comment.
 */
export class CjmFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        super.collectCommentFolding(document, node, acceptor);
        const text = document.textDocument;
        // Lines that hold only a `//` comment; one after code belongs to that code's line.
        const lines = node.$cstNode ? CstUtils.flattenCst(node.$cstNode)
            .filter(leaf => leaf.hidden && leaf.tokenType.name === 'SL_COMMENT')
            .map(leaf => leaf.range.start)
            .filter(start => text.getText({ start: { line: start.line, character: 0 }, end: start }).trim() === '')
            .map(start => start.line).toArray() : [];
        let first = 0;
        for (let k = 1; k <= lines.length; k++) {
            if (k === lines.length || lines[k] !== lines[k - 1] + 1) {
                if (k - first > 1) {
                    acceptor(FoldingRange.create(lines[first], lines[k - 1], undefined, undefined, FoldingRangeKind.Comment));
                }
                first = k;
            }
        }
    }
}
