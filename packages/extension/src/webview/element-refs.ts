import type { ElementKind } from '@cjm/language/protocol';
import type { ElementRef } from '../preview/messages.js';

const KINDS: readonly ElementKind[] = ['stage', 'touchpoint', 'barrier', 'opportunity', 'metric', 'question'];
/** Drawn in a stage's lane cell (`data-cjm-stage`), and named uniquely only there. */
const IN_STAGE: readonly ElementKind[] = ['metric', 'question'];

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
    if (kind === undefined) {
        return undefined;
    }
    const stage = IN_STAGE.includes(kind) ? element.closest('[data-cjm-stage]')?.getAttribute('data-cjm-stage') : undefined;
    return stage === undefined || stage === null ? { kind, id } : { kind, id, stage };
}

/** The group that draws `ref`. */
export function findElement(root: ParentNode, ref: ElementRef): SVGGraphicsElement | null {
    const cell = ref.stage === undefined ? '' : `g.cjm-lane-cell[data-cjm-stage="${CSS.escape(ref.stage)}"] `;
    return root.querySelector<SVGGraphicsElement>(`${cell}g.cjm-${ref.kind}[data-cjm-id="${CSS.escape(ref.id)}"]`);
}
