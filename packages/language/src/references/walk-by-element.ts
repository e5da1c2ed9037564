import { AstUtils, interruptAndCheck, type AstNode } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Visits the top-level elements of a document's tree (its root, a `CjmFile`, holds nothing
 * else). Langium's own walks (linking, local scopes, the reference index) await a
 * cancellation check before every node; in a file of 100,000 lines that is some 300,000
 * promises per pass. Here the check comes before each top-level element (a journey is
 * about 250 lines), which still lets a newer edit cancel the build between elements.
 */
export async function walkByElement(root: AstNode, cancelToken: CancellationToken | undefined, visit: (element: AstNode) => void): Promise<void> {
    for (const element of AstUtils.streamContents(root)) {
        if (cancelToken) {
            await interruptAndCheck(cancelToken);
        }
        visit(element);
    }
}
