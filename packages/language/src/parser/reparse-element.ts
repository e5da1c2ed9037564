import { CompositeCstNodeImpl, LeafCstNodeImpl, type AstNode, type CompositeCstNode, type CstNode, type ParseResult, type RootCstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import { isCjmFile, type CjmFile } from '../generated/ast.js';

/** A parser error as Langium reports it (Chevrotain's recognition exception). */
type ParserError = ParseResult<AstNode>['parserErrors'][number];

/** Parses a text with one of the grammar's rules (a top-level element's: `Journey`, `Persona`, `Channel`). */
export type ParseRule = (text: string, rule: string) => ParseResult<AstNode>;

/**
 * The parse of `newText` made from the parse of `oldText` by parsing again only the
 * top-level element the change lies inside: in a map of 100,000 lines an edit inside one
 * journey parses about 250 lines, not all of them, and leaves no whole new tree behind
 * for the garbage collector. Only when it is safe: the old text lexed without an error and
 * its parser errors (if any) lie inside the element, the change lies strictly between the
 * element's first and last character, and the element's new text lexes alone without an
 * error and parses as the same rule up to its last character, with its parser errors (as
 * while typing) all on the element's own tokens, none at its end. Then the text around it
 * is unchanged and ends and begins where it did, so a full parse would read the same
 * elements around the same new one. Undefined otherwise: then the caller parses
 * the whole text. The nodes after the element are moved (offsets, lines and columns), and
 * the old tree's CST root is reused (every CST node refers to it): the old parse result
 * must not be used afterwards.
 */
export function reparseElement(old: ParseResult<AstNode>, oldText: string, newText: string, parse: ParseRule): ParseResult<AstNode> | undefined {
    const root = old.value;
    const rootCst = root.$cstNode as RootCstNode | undefined;
    if (!isCjmFile(root) || !rootCst || old.lexerErrors.length > 0 || rootCst.fullText !== oldText) {
        return undefined;
    }
    const change = changedSpan(oldText, newText);
    const index = root.elements.findIndex(element => element.$cstNode !== undefined && element.$cstNode.offset < change.start && change.oldEnd < element.$cstNode.end);
    const element = root.elements[index];
    const cst = element?.$cstNode as CompositeCstNode | undefined;
    if (!element || !cst || cst.container !== rootCst || !old.parserErrors.every(error => onTokensWithin(error, cst.offset, cst.end))) {
        return undefined;
    }
    const delta = newText.length - oldText.length;
    const length = cst.end + delta - cst.offset;
    const parsed = parse(newText.substring(cst.offset, cst.end + delta), element.$type);
    const parsedCst = parsed.value.$cstNode;
    if (parsed.lexerErrors.length > 0 || !parsed.parserErrors.every(error => onTokensWithin(error, 0, length)) || parsed.value.$type !== element.$type || !parsedCst || parsedCst.end !== length) {
        return undefined;
    }
    const result = splice(root, rootCst, index, parsed.value, newText, delta);
    result.parserErrors.push(...parsed.parserErrors.map(error => moveError(error, rootCst.astNode.$type, cst)));
    return result;
}

/**
 * Whether a parser error lies on a real token in [start, end): not at the end of the text,
 * where a full parse would read the next element instead, nor a gave-up error.
 */
function onTokensWithin(error: ParserError, start: number, end: number): boolean {
    const offset = error.token.startOffset;
    return error.name !== 'NotAllInputParsedException' && error.token.tokenType?.name !== 'EOF' && offset >= start && offset < end;
}

/**
 * The element's parser error as a full parse reports it: at the element's place, under the
 * root's rule (named as Langium names rules in the stack). Changed in place: the error
 * belongs to a parse of the element that is not used otherwise. Its `previousToken` and
 * `resyncedTokens` stay where the element's parse put them: nothing in cjm reads them.
 */
function moveError(error: ParserError, rootRule: string, at: CompositeCstNode): ParserError {
    const { line, character } = at.range.start;
    const token = error.token;
    const stack = error.context.ruleStack;
    error.token = {
        ...token,
        startOffset: token.startOffset + at.offset,
        endOffset: token.endOffset === undefined ? undefined : token.endOffset + at.offset,
        startLine: token.startLine === undefined ? undefined : token.startLine + line,
        endLine: token.endLine === undefined ? undefined : token.endLine + line,
        startColumn: token.startColumn === undefined || token.startLine !== 1 ? token.startColumn : token.startColumn + character,
        endColumn: token.endColumn === undefined || token.endLine !== 1 ? token.endColumn : token.endColumn + character
    };
    const mark = stack[0]?.endsWith('\u200B') ? '\u200B' : '';
    error.context = { ...error.context, ruleStack: [rootRule + mark, ...stack] };
    return error;
}

/** The changed part: old text [start, oldEnd) became new text [start, oldEnd + delta). */
function changedSpan(oldText: string, newText: string): { start: number; oldEnd: number } {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) {
        start++;
    }
    let same = 0;
    while (same < shorter - start && oldText.charCodeAt(oldText.length - 1 - same) === newText.charCodeAt(newText.length - 1 - same)) {
        same++;
    }
    return { start, oldEnd: oldText.length - same };
}

function splice(root: CjmFile, rootCst: RootCstNode, index: number, parsed: AstNode, newText: string, delta: number): ParseResult<AstNode> {
    const oldCst = root.elements[index].$cstNode as CompositeCstNode;
    const oldEnd = oldCst.range.end;
    const start = oldCst.range.start;
    const composite = new CompositeCstNodeImpl();
    composite.grammarSource = oldCst.grammarSource;
    composite.root = rootCst;
    // Comments before the element belong to it (Langium's builder) and have not moved.
    const leading = oldCst.content.slice(0, oldCst.content.findIndex(node => !node.hidden));
    const moved = (parsed.$cstNode as CompositeCstNode).content.slice();
    moved.forEach(node => place(node, rootCst, position => ({
        line: position.line + start.line,
        character: position.line === 0 ? position.character + start.character : position.character
    }), oldCst.offset));
    composite.content.push(...leading, ...moved);
    composite.astNode = parsed;
    Object.assign(parsed, { $cstNode: composite });

    (rootCst as unknown as { _text: string })._text = newText;
    const newEnd = composite.range.end;
    const at = rootCst.content.indexOf(oldCst);
    rootCst.content.splice(at, 1, composite);
    const unmoved = delta === 0 && newEnd.line === oldEnd.line && newEnd.character === oldEnd.character;
    for (const node of unmoved ? [] : rootCst.content.slice(at + 1)) {
        place(node, rootCst, position => ({
            line: position.line + newEnd.line - oldEnd.line,
            character: position.line === oldEnd.line ? position.character + newEnd.character - oldEnd.character : position.character
        }), delta);
    }
    forgetRange(rootCst);

    const value: CjmFile = { ...root, elements: root.elements.slice() };
    value.elements[index] = parsed as CjmFile['elements'][number];
    value.elements.forEach(element => Object.assign(element, { $container: value }));
    Object.assign(parsed, { $containerProperty: 'elements', $containerIndex: index });
    (rootCst as { astNode: AstNode }).astNode = value;
    Object.assign(value, { $cstNode: rootCst });
    return { value, lexerErrors: [], lexerReport: { diagnostics: [] }, parserErrors: [] as ParserError[] };
}

/** Moves a CST subtree: each leaf by `shift` characters and to `move`d positions; each node into `root`. */
function place(node: CstNode, root: RootCstNode, move: (position: Position) => Position, shift: number): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        (current as { root: RootCstNode }).root = root;
        if (current instanceof LeafCstNodeImpl) {
            const leaf = current as unknown as { _offset: number; _range: Range };
            leaf._offset += shift;
            leaf._range = { start: move(leaf._range.start), end: move(leaf._range.end) };
        } else if (current instanceof CompositeCstNodeImpl) {
            forgetRange(current);
            for (const child of current.content) {
                stack.push(child);
            }
        }
    }
}

/** A composite node keeps its range once asked (Langium's `_rangeCache`); moved, it is asked again. */
function forgetRange(node: CompositeCstNode): void {
    (node as unknown as { _rangeCache?: Range })._rangeCache = undefined;
}
