import type { IRecognitionException, IToken } from 'chevrotain';
import { CompositeCstNodeImpl, CstUtils, isLeafCstNode, LeafCstNodeImpl, type AstNode, type CompositeCstNode, type CstNode, type ParseResult, type RootCstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import { isCjmFile, type CjmFile } from '../generated/ast.js';

/** Parses a text as a whole file. */
export type ParseFile = (text: string) => ParseResult<AstNode>;

/**
 * The parse of `newText` made from the parse of `oldText` by parsing again only the
 * top-level element the change lies inside: in a map of 100,000 lines an edit inside one
 * journey parses about 250 lines, not all of them, and leaves no whole new tree behind
 * for the garbage collector. Only when it is safe: the change lies strictly between the
 * element's first and last character, any syntax error of the old text lies strictly
 * inside that element (between its first and last token: an error there may be where the
 * parser ended an element early), and the element's new text parses alone, whole, as the
 * same kind of element, with any syntax error strictly inside it too. Then the text around it is
 * unchanged and ends and begins where it did, so a full parse would read the same elements
 * around the same new one. The element's text is parsed once, as a file of its own: with
 * errors, the parser then recovers with the same rules around it as in the whole text;
 * without, the file's one element is what its own rule would parse. Undefined
 * otherwise: then the caller parses the whole text. The nodes after the element are moved
 * (offsets, lines and columns), and the old tree's CST root is reused (every CST node
 * refers to it): the old parse result must not be used afterwards.
 */
export function reparseElement(old: ParseResult<AstNode>, oldText: string, newText: string, parse: ParseFile): ParseResult<AstNode> | undefined {
    const root = old.value;
    const rootCst = root.$cstNode as RootCstNode | undefined;
    if (!isCjmFile(root) || !rootCst || old.lexerErrors.length > 0 || rootCst.fullText !== oldText) {
        return undefined;
    }
    const change = changedSpan(oldText, newText);
    const index = root.elements.findIndex(element => element.$cstNode !== undefined && element.$cstNode.offset < change.start && change.oldEnd < element.$cstNode.end);
    const element = root.elements[index];
    const cst = element?.$cstNode as CompositeCstNode | undefined;
    // An error at an element's first or last token may be where the parser ended the element before it early: not inside.
    const oldLast = cst === undefined ? undefined : lastToken(cst);
    if (!element || !cst || cst.container !== rootCst || oldLast === undefined || !old.parserErrors.every(error => within(error.token, cst.offset + 1, oldLast.offset))) {
        return undefined;
    }
    const delta = newText.length - oldText.length;
    const part = newText.substring(cst.offset, cst.end + delta);
    const parsed = parsedInFile(parse(part));
    const parsedCst = parsed?.value.$cstNode;
    if (!parsed || parsed.value.$type !== element.$type || !parsedCst || parsedCst.end !== part.length) {
        return undefined;
    }
    const last = lastToken(parsedCst);
    if (last === undefined || !parsed.errors.every(error => within(error.token, 1, last.offset))) {
        return undefined;
    }
    const start = cst.range.start;
    return splice(root, rootCst, index, parsed.value, newText, delta, parsed.errors.map(error => moved(error, cst.offset, start)));
}

/** The one element of an element's text parsed as a file, with the file's errors; undefined when the text is not one element. */
function parsedInFile(file: ParseResult<AstNode>): { value: AstNode; errors: IRecognitionException[] } | undefined {
    const elements = isCjmFile(file.value) ? file.value.elements : [];
    return file.lexerErrors.length === 0 && elements.length === 1 ? { value: elements[0], errors: file.parserErrors } : undefined;
}

/** Whether a token lies in [from, to): a real token of the text, not the end of it or one recovery made up. */
function within(token: IToken, from: number, to: number): boolean {
    return Number.isFinite(token.startOffset) && token.tokenType?.name !== 'EOF' && from <= token.startOffset && token.startOffset < to;
}

/** The element's last token (its closing brace), comments aside. */
function lastToken(node: CstNode): CstNode | undefined {
    let last: CstNode | undefined;
    for (const leaf of CstUtils.streamCst(node)) {
        if (isLeafCstNode(leaf) && !leaf.hidden) {
            last = leaf;
        }
    }
    return last;
}

/** A parser error of the element's text as an error of the whole text: its tokens moved to where the element starts. */
function moved(error: IRecognitionException, offset: number, start: Position): IRecognitionException {
    const move = (token: IToken): IToken => ({
        ...token,
        startOffset: token.startOffset + offset,
        endOffset: token.endOffset === undefined ? undefined : token.endOffset + offset,
        startLine: token.startLine === undefined ? undefined : token.startLine + start.line,
        endLine: token.endLine === undefined ? undefined : token.endLine + start.line,
        startColumn: token.startColumn === undefined || token.startLine !== 1 ? token.startColumn : token.startColumn + start.character,
        endColumn: token.endColumn === undefined || token.endLine !== 1 ? token.endColumn : token.endColumn + start.character
    });
    // `name` and `message` are an Error's own but not enumerable properties: copied by hand.
    return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as IRecognitionException, error, {
        name: error.name,
        message: error.message,
        token: move(error.token),
        resyncedTokens: error.resyncedTokens.map(move),
        ...('previousToken' in error ? { previousToken: move((error as { previousToken: IToken }).previousToken) } : {})
    });
}

/** The changed part: old text [start, oldEnd) became new text [start, oldEnd + delta). */
function changedSpan(oldText: string, newText: string): { start: number; oldEnd: number } {
    const shorter = Math.min(oldText.length, newText.length);
    const start = sameLength(shorter, (from, to) => oldText.substring(from, to) === newText.substring(from, to), i => oldText.charCodeAt(i) === newText.charCodeAt(i));
    const same = sameLength(shorter - start,
        (from, to) => oldText.substring(oldText.length - to, oldText.length - from) === newText.substring(newText.length - to, newText.length - from),
        i => oldText.charCodeAt(oldText.length - 1 - i) === newText.charCodeAt(newText.length - 1 - i));
    return { start, oldEnd: oldText.length - same };
}

/** Characters compared at once: a map of 100,000 lines is some 3 MB, compared by chunk (a memory compare) rather than by character. */
const CHUNK = 4096;

/** How many characters (up to `limit`) are the same, counting from one end: by chunks [from, to) while they are equal, then by character. */
function sameLength(limit: number, sameChunk: (from: number, to: number) => boolean, sameChar: (i: number) => boolean): number {
    let length = 0;
    while (length + CHUNK <= limit && sameChunk(length, length + CHUNK)) {
        length += CHUNK;
    }
    while (length < limit && sameChar(length)) {
        length++;
    }
    return length;
}

function splice(root: CjmFile, rootCst: RootCstNode, index: number, parsed: AstNode, newText: string, delta: number, parserErrors: IRecognitionException[]): ParseResult<AstNode> {
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
    if (!unmoved) {
        shiftLater(rootCst.content.slice(at + 1), delta, newEnd.line - oldEnd.line, oldEnd, newEnd.character - oldEnd.character);
    }
    forgetRange(rootCst);

    const value: CjmFile = { ...root, elements: root.elements.slice() };
    value.elements[index] = parsed as CjmFile['elements'][number];
    value.elements.forEach(element => Object.assign(element, { $container: value }));
    Object.assign(parsed, { $containerProperty: 'elements', $containerIndex: index });
    (rootCst as { astNode: AstNode }).astNode = value;
    Object.assign(value, { $cstNode: rootCst });
    return { value, lexerErrors: [], lexerReport: { diagnostics: [] }, parserErrors };
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

/**
 * Moves the CST nodes after a spliced element, already in the root: each leaf by `shift`
 * characters and `lines` lines, and by `columns` more where it lay on the line the old
 * element ended on. The hottest loop of an edit that adds or removes a line (every later
 * leaf of the file moves), so positions are moved in place, not made anew (at 10k lines a
 * new range per leaf cost some 20-40 ms of allocation and garbage an edit). That is safe
 * because each leaf owns its positions (the lexer and place() make them per token), and
 * what keeps positions from one edit to the next copies them (validation/element-diagnostics.ts)
 * or reads them from the CST when asked (references/moving-description.ts, the reference index).
 */
function shiftLater(nodes: CstNode[], shift: number, lines: number, oldEnd: Position, columns: number): void {
    const line = oldEnd.line;
    const move = (position: Position): void => {
        if (position.line === line) {
            position.character += columns;
        }
        position.line += lines;
    };
    // A plain array: a CST node's content array sets the container of whatever is pushed into it.
    const stack: CstNode[] = [...nodes];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current instanceof LeafCstNodeImpl) {
            const leaf = current as unknown as { _offset: number; _range: Range };
            leaf._offset += shift;
            move(leaf._range.start);
            if (leaf._range.end !== leaf._range.start) {
                move(leaf._range.end);
            }
        } else if (current instanceof CompositeCstNodeImpl) {
            forgetRange(current);
            const content = current.content;
            for (let i = 0; i < content.length; i++) {
                stack.push(content[i]);
            }
        }
    }
}

/** A composite node keeps its range once asked (Langium's `_rangeCache`); moved, it is asked again. */
function forgetRange(node: CompositeCstNode): void {
    (node as unknown as { _rangeCache?: Range })._rangeCache = undefined;
}
