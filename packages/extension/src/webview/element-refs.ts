import type { ElementKind } from '@cjm/language/protocol';
import type { ElementRef } from '../preview/messages.js';

const KINDS: readonly ElementKind[] = ['stage', 'touchpoint', 'barrier', 'opportunity'];

/** Every clickable drawing: the element groups, and a persona's point on the emotion curve (its touchpoint's). */
const CLICKABLE = [...KINDS.map(kind => `g.cjm-${kind}[data-cjm-id]`), 'g.cjm-emotion[data-cjm-touchpoint]'].join(', ');

/** The drawn element at a click's target (the innermost, should groups ever nest). */
export function elementAt(target: EventTarget | null): ElementRef | undefined {
    const element = target instanceof Element ? target.closest(CLICKABLE) : null;
    const point = element?.classList.contains('cjm-emotion') === true;
    const id = element?.getAttribute(point ? 'data-cjm-touchpoint' : 'data-cjm-id');
    if (element === null || element === undefined || id === null || id === undefined) {
        return undefined;
    }
    const kind = point ? 'touchpoint' : KINDS.find(candidate => element.classList.contains(`cjm-${candidate}`));
    return kind === undefined ? undefined : { kind, id };
}

/** The group that draws `ref`. */
export function findElement(root: ParentNode, ref: ElementRef): SVGGraphicsElement | null {
    return root.querySelector<SVGGraphicsElement>(`g.cjm-${ref.kind}[data-cjm-id="${CSS.escape(ref.id)}"]`);
}
