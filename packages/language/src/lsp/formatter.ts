import type { LangiumDocument } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { layoutEdits } from './layout.js';

/**
 * The canonical layout, for the editor's formatting requests and `cjm fmt` alike.
 *
 * AbstractFormatter's per-node actions leave the whitespace next to a comment alone and
 * cannot tie a block's layout to whether it was written on one line, so the layout is
 * computed gap by gap in layout.ts instead; this class keeps AbstractFormatter's handling
 * of requests (no edits for a document with syntax errors, ranges, no needless edits).
 * The layout is the project's, so the editor's tab size and spaces are not asked.
 */
export class CjmFormatter extends AbstractFormatter {
    protected override format(): void {
        // Unused: doDocumentFormat computes the whole layout at once.
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const textDocument = document.textDocument;
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const text = textDocument.getText();
        const first = range ? textDocument.offsetAt(range.start) : 0;
        const last = range ? textDocument.offsetAt(range.end) : text.length;
        return layoutEdits(root, text)
            .filter(edit => edit.offset >= first && edit.end <= last && edit.newText !== text.slice(edit.offset, edit.end).replace(/\r/g, ''))
            .map(edit => ({ range: { start: textDocument.positionAt(edit.offset), end: textDocument.positionAt(edit.end) }, newText: edit.newText }));
    }
}
