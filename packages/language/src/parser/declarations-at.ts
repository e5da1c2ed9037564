import { AstUtils, type AstNode } from 'langium';
import { brief } from './brief.js';

/** The declarations around a syntax error, and how messages name them. */

/** The declaration of kind `rule` that the parser was inside at `offset`: the last one to start before it. */
export function openDeclaration(root: AstNode, rule: string, offset: number): AstNode | undefined {
    return AstUtils.streamAst(root)
        .filter(node => node.$type === rule && node.$cstNode !== undefined && node.$cstNode.offset < offset)
        .reduce<AstNode | undefined>((last, node) => (last === undefined || node.$cstNode!.offset > last.$cstNode!.offset ? node : last), undefined);
}

const isNamed = (node: AstNode): boolean => typeof (node as { name?: unknown }).name === 'string';

/** The innermost declaration whose text ends at `end` and that `accept`s (by default: one with a name). */
export function declarationEndingAt(root: AstNode, end: number, accept: (node: AstNode) => boolean = isNamed): AstNode | undefined {
    return AstUtils.streamAst(root)
        .filter(node => node.$cstNode?.end === end && accept(node))
        .reduce<AstNode | undefined>((last, node) => (last === undefined || node.$cstNode!.offset > last.$cstNode!.offset ? node : last), undefined);
}

/** How an author writes a declaration's head: `stage Trial`, `question "Why?"`. */
export function label(node: AstNode): string {
    const { name, text } = node as { name?: string; text?: string };
    const keyword = node.$type.toLowerCase();
    return name ? `${keyword} ${name}` : text ? `${keyword} "${brief(text)}"` : keyword;
}
