import type { ElementKind } from '@cjm/language/protocol';
import type { ElementRef } from '../preview/messages.js';

const KINDS: readonly ElementKind[] = ['stage', 'touchpoint', 'barrier', 'opportunity'];

/** Every clickable drawing: the element groups, and a touchpoint's point on the emotion curve. */
const CLICKABLE = [...KINDS.map(kind => `g.cjm-${kind}[data-cjm-id]`), 'circle.cjm-emotion-point[data-cjm-id]'].join(', ');

/** The drawn element at a click's target (the innermost, should groups ever nest). */
export function elementAt(target: EventTarget | null): ElementRef | undefined {
    const element = target instanceof Element ? target.closest(CLICKABLE) : null;
    const id = element?.getAttribute('data-cjm-id');
    if (element === null || element === undefined || id === null || id === undefined) {
        return undefined;
    }
    const kind = element.localName === 'circle' ? 'touchpoint' : KINDS.find(candidate => element.classList.contains(`cjm-${candidate}`));
    return kind === undefined ? undefined : { kind, id };
}

/** The group that draws `ref`. */
export function findElement(root: ParentNode, ref: ElementRef): SVGGraphicsElement | null {
    return root.querySelector<SVGGraphicsElement>(`g.cjm-${ref.kind}[data-cjm-id="${CSS.escape(ref.id)}"]`);
}
