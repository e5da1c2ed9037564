/**
 * The server's SVG, parsed as XML before it enters the page. diagram.md promises no
 * script, no event attribute and no external reference, and the page's policy would block
 * a script anyway; checking costs one walk over the tree and turns a broken promise into
 * a visible error instead of a silent hole.
 */
export type ParsedSvg = { svg: SVGSVGElement } | { error: string };

export function parseSvg(markup: string): ParsedSvg {
    const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = document.documentElement;
    if (root.localName !== 'svg' || document.getElementsByTagName('parsererror').length > 0) {
        return { error: 'The server sent a picture that is not well-formed SVG.' };
    }
    const unsafe = unsafeContent(root);
    if (unsafe !== undefined) {
        return { error: `The server sent a picture with ${unsafe}; it is not shown.` };
    }
    // Adopted, not imported: moving the parsed tree costs nothing, a deep copy of a large picture does.
    return { svg: window.document.adoptNode(root) as unknown as SVGSVGElement };
}

/** What the contract rules out: scripts, embedded documents, event attributes, references to anything outside the picture. */
function unsafeContent(root: Element): string | undefined {
    for (const element of [root, ...root.querySelectorAll('*')]) {
        if (['script', 'foreignObject', 'iframe', 'object', 'embed'].includes(element.localName)) {
            return `a <${element.localName}> element`;
        }
        for (const attribute of element.attributes) {
            if (attribute.localName.toLowerCase().startsWith('on')) {
                return `an event attribute (${attribute.localName})`;
            }
            if (attribute.localName === 'href' && !attribute.value.trim().startsWith('#')) {
                return 'an external reference';
            }
        }
    }
    return undefined;
}
