import type { LangiumDocument } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { readable } from '../parser/syntax-problems.js';
import { layoutEdits } from './layout.js';
import { editsInRange } from './range-edits.js';
import { withTextLineEnds } from './text-line-ends.js';

/**
 * The canonical layout, for the editor's formatting requests and `cjm fmt` alike.
 *
 * AbstractFormatter's per-node actions leave the whitespace next to a comment alone and
 * cannot tie a block's layout to whether it was written on one line, so the layout is
 * computed gap by gap in layout.ts instead, and fitted to the editor's text (a BOM, CRLF
 * line ends: text-line-ends.ts) and to a requested range (range-edits.ts). A text with
 * syntax errors gets no edits, as `cjm fmt` leaves it untouched. The layout is the
 * project's, so the editor's tab size and spaces are not asked.
 */
export class CjmFormatter extends AbstractFormatter {
    protected override format(): void {
        // Unused: doDocumentFormat computes the whole layout at once.
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const { textDocument, parseResult } = document;
        const root = parseResult.value.$cstNode;
        // Text that did not parse is outside the syntax tree: the layout cannot place it; and a map
        // with any syntax error (an attribute written twice too) is left as written, as by `cjm fmt`.
        if (!root || !readable(document)) {
            return [];
        }
        const text = textDocument.getText();
        const edits = withTextLineEnds(text, layoutEdits(root, text));
        return (range ? editsInRange(text, edits, textDocument.offsetAt(range.start), textDocument.offsetAt(range.end)) : edits)
            .filter(edit => edit.newText !== text.slice(edit.offset, edit.end))
            .map(edit => ({ range: { start: textDocument.positionAt(edit.offset), end: textDocument.positionAt(edit.end) }, newText: edit.newText }));
    }
}
