import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';

/** The canonical indentation of a nesting level, two spaces each, as `cjm fmt` writes it. */
export function indent(level: number): string {
    return '  '.repeat(Math.max(0, level));
}

/** How deep a declaration is nested: top-level 0, stage 1, stage members 2, answers 3. */
export function levelOf(node: AstNode): number {
    let level = -1;
    for (let container = node.$container; container; container = container.$container) {
        level++;
    }
    return level;
}

/** The line end the document already uses, so that an edit does not mix LF and CRLF. */
export function lineEnd(document: LangiumDocument): string {
    return document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** The text of one line, without its line end; empty past the end of the document. */
export function lineText(document: LangiumDocument, line: number): string {
    const textDocument = document.textDocument;
    if (line < 0 || line >= textDocument.lineCount) {
        return '';
    }
    return textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

export function insertAt(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

/**
 * Adds lines as the last members of a block, before its `}`, at `level`. `lines` may be
 * indented relative to that level. A `}` that shares its line with other text is moved
 * to a line of its own, as the layout of a block written on several lines wants.
 */
export function insertBeforeClose(document: LangiumDocument, node: AstNode, lines: readonly string[], level: number): TextEdit | undefined {
    const close = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, '}');
    if (!close || Number.isNaN(close.offset)) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const eol = lineEnd(document);
    const body = lines.map(line => indent(level) + line).join(eol);
    let start = close.offset;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
        start--;
    }
    if (start === 0 || text[start - 1] === '\n') {
        return insertAt(document, start, body + eol);
    }
    return {
        range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(close.offset) },
        newText: eol + body + eol + indent(level - 1)
    };
}

/**
 * Removes a declaration. When it has its lines to itself (a comment after it included),
 * the whole lines go, and so does a blank line that would be left doubled, or left next
 * to a brace or the start or end of the file.
 */
export function removeDeclaration(document: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const textDocument = document.textDocument;
    const { start, end } = cst.range;
    const before = lineText(document, start.line).slice(0, start.character);
    const after = lineText(document, end.line).slice(end.character);
    if (before.trim() !== '' || !(after.trim() === '' || after.trim().startsWith('//'))) {
        return removeFromSharedLine(document, cst.offset, cst.end);
    }
    let first = start.line;
    let last = end.line;
    const blank = (line: number): boolean => line >= 0 && line < textDocument.lineCount && lineText(document, line).trim() === '';
    const edge = (line: number): boolean => line < 0 || line >= textDocument.lineCount || (line === textDocument.lineCount - 1 && lineText(document, line) === '');
    const above = first - 1;
    const below = last + 1;
    if (blank(below) && !edge(below) && (edge(above) || blank(above) || lineText(document, above).trimEnd().endsWith('{'))) {
        last = below;
    } else if (blank(above) && (edge(below) || lineText(document, below).trim().startsWith('}'))) {
        first = above;
    }
    const rangeEnd = last + 1 < textDocument.lineCount
        ? { line: last + 1, character: 0 }
        : textDocument.positionAt(textDocument.getText().length);
    return { range: { start: { line: first, character: 0 }, end: rangeEnd }, newText: '' };
}

/** The text from `start` to `end` and the spaces after it, or before it when it ends the line. */
function removeFromSharedLine(document: LangiumDocument, start: number, end: number): TextEdit {
    const text = document.textDocument.getText();
    const space = (char: string | undefined): boolean => char === ' ' || char === '\t';
    let from = start;
    let to = end;
    while (space(text[to])) {
        to++;
    }
    if (to >= text.length || text[to] === '\r' || text[to] === '\n') {
        to = end;
        while (from > 0 && space(text[from - 1])) {
            from--;
        }
    }
    return { range: { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) }, newText: '' };
}

/**
 * Adds `line` as the last member of `node`'s block, at the level below the node; a node
 * written without a block (`barrier Slow`) gets one, laid out on lines of its own.
 */
export function addMember(document: LangiumDocument, node: AstNode, line: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const level = levelOf(node);
    if (GrammarUtils.findNodeForKeyword(cst, '{') !== undefined) {
        return insertBeforeClose(document, node, [line], level + 1);
    }
    const eol = lineEnd(document);
    return insertAt(document, cst.end, ` {${eol}${indent(level + 1)}${line}${eol}${indent(level)}}`);
}
