import type { AstNodeDescription, ReferenceInfo } from 'langium';
import { isAction, isEmotion, isThought, isTouchpoint } from '../../generated/ast.js';

/**
 * After `for` in an `emotion`, `action` or `thought`: only the touchpoint's own personas,
 * since any other would be persona-not-on-touchpoint. A touchpoint that names no persona
 * (or is still being typed) leaves every persona in scope.
 */
export function keepsEntryPersona(refInfo: ReferenceInfo): (description: AstNodeDescription) => boolean {
    const entry = refInfo.container;
    const touchpoint = isEmotion(entry) || isAction(entry) || isThought(entry) ? entry.$container : undefined;
    const named = isTouchpoint(touchpoint) ? new Set(touchpoint.personas.map(ref => ref.$refText)) : new Set<string>();
    return description => named.size === 0 || named.has(description.name);
}
