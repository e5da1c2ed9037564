import type { ElementSource } from '@cjm/language/protocol';
import type { ElementRef } from './messages.js';

/** The reference the webview knows a declared element by. */
export function elementOf(source: ElementSource): ElementRef {
    return source.stage === undefined ? { kind: source.kind, id: source.id } : { kind: source.kind, id: source.id, stage: source.stage };
}

/** Whether two references name the same drawn element (no element is one too). */
export function sameElement(a: ElementRef | null, b: ElementRef | null): boolean {
    return a === null || b === null ? a === b : a.kind === b.kind && a.id === b.id && a.stage === b.stage;
}
