import type { TouchpointModel } from './journey-model.js';

/**
 * Whether every persona of a touchpoint has the same emotion, or none has one: then the
 * touchpoint has one emotion (`touchpoint.emotion`) for the exports, the diff and the
 * box's mark; else each persona's is told apart.
 */
export function feelsAlike(touchpoint: TouchpointModel): boolean {
    const values = new Set(touchpoint.emotions.map(item => item.emotion));
    return values.size === 0 || (values.size === 1 && touchpoint.emotions.length === Math.max(1, touchpoint.personas.length));
}
