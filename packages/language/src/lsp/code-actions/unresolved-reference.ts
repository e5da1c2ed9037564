import { AstUtils, CstUtils, type LangiumDocument, type ReferenceInfo } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { isChannel, isPersona, type CjmFile } from '../../generated/ast.js';
import { nearestNames } from '../../references/nearest-names.js';
import { namesInScope } from './names-in-scope.js';
import { localFix, type FixContext } from './quick-fix.js';
import { insertAt, lineEnd, lineText } from './text-edits.js';

/**
 * unresolved-reference: "Change to" every name in scope that is close to the written one,
 * and, for a persona or channel, declaring it at the top of the file that needs it (a
 * top-level declaration is seen by the whole workspace; an edit of another file would
 * surprise the writer and land outside the change they are making).
 */
export function fixUnresolved(context: FixContext): CodeAction[] {
    const info = referenceAtDiagnostic(context);
    if (!info) {
        return [];
    }
    const written = info.reference.$refText;
    // The names the diagnostic's message suggests, in the same order.
    const candidates = nearestNames(written, namesInScope(context.services, info.container, info.property, info.reference));
    const range = info.reference.$refNode!.range;
    const actions = candidates.map(name => localFix(context, `Change to '${name}'`, [{ range, newText: name }], candidates.length === 1));
    const type = context.services.shared.AstReflection.getReferenceType(info);
    if (type === 'Persona' || type === 'Channel') {
        const keyword = type.toLowerCase();
        const edit = declare(context.document, keyword, written);
        actions.push(localFix(context, `Declare ${keyword} '${written}' in this file`, [edit], candidates.length === 0));
    }
    return actions;
}

/** The reference whose text the diagnostic points at. */
function referenceAtDiagnostic(context: FixContext): ReferenceInfo | undefined {
    const root = context.document.parseResult.value.$cstNode;
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf) {
        return undefined;
    }
    return AstUtils.streamReferences(leaf.astNode).find(({ reference }) => reference.$refNode?.offset === leaf.offset);
}

/**
 * `persona NAME` (or `channel NAME`) after the file's last top-level declaration of that
 * kind (else of the other kind), else before its first declaration. A blank line
 * separates it from a neighbour written on several lines, as `cjm fmt` lays it out.
 */
function declare(document: LangiumDocument, keyword: string, name: string): TextEdit {
    const eol = lineEnd(document);
    const declaration = `${keyword} ${name}`;
    const elements = (document.parseResult.value as CjmFile).elements ?? [];
    const ofKind = elements.filter(keyword === 'persona' ? isPersona : isChannel);
    const shared = elements.filter(element => isPersona(element) || isChannel(element));
    const after = (ofKind.length > 0 ? ofKind : shared).at(-1)?.$cstNode;
    if (after) {
        const multiLine = after.range.start.line !== after.range.end.line;
        // After a comment that ends the declaration's line, which belongs to it.
        const rest = lineText(document, after.range.end.line).slice(after.range.end.character);
        const offset = rest.trim() === '' || rest.trim().startsWith('//') ? after.end + rest.length : after.end;
        return insertAt(document, offset, `${eol}${multiLine ? eol : ''}${declaration}`);
    }
    const first = elements[0]?.$cstNode;
    if (first) {
        return insertAt(document, document.textDocument.offsetAt({ line: first.range.start.line, character: 0 }), `${declaration}${eol}${eol}`);
    }
    const text = document.textDocument.getText();
    return insertAt(document, text.length, `${text === '' || text.endsWith('\n') ? '' : eol}${declaration}${eol}`);
}
