/** A file's text at git HEAD with its path in the repository, or why there is none, in words for the user. */
export type HeadText = { kind: 'text'; text: string; path: string } | { kind: 'unavailable'; message: string };

/** How the host reads a document's text at HEAD: git in Node, the git extension's API in a browser. */
export type HeadReader = (uri: { scheme: string; path: string; fsPath: string; toString(): string }) => Promise<HeadText>;

export function unavailable(message: string): HeadText {
    return { kind: 'unavailable', message };
}
