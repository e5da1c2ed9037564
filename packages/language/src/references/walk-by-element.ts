import { AstUtils, interruptAndCheck, type AstNode } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Visits every node of a document's tree, the root first, one top-level element at a time.
 * Langium's own walks (linking, local scopes, the reference index) await a cancellation
 * check before every node; in a file of 100,000 lines that is some 300,000 promises per
 * pass. Here the check comes before each top-level element (a journey is about 250 lines),
 * which still lets a newer edit cancel the build between elements. `inside` says whether
 * an element's inner nodes are wanted (the element itself is visited either way).
 */
export async function walkByElement(
    root: AstNode,
    cancelToken: CancellationToken | undefined,
    visit: (node: AstNode, element: AstNode | undefined) => void,
    inside: (element: AstNode) => boolean = () => true
): Promise<void> {
    visit(root, undefined);
    for (const element of AstUtils.streamContents(root)) {
        if (cancelToken) {
            await interruptAndCheck(cancelToken);
        }
        const nodes = inside(element) ? AstUtils.streamAst(element) : [element];
        for (const node of nodes) {
            visit(node, element);
        }
    }
}
