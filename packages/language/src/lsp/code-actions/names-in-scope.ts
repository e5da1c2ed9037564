import type { AstNode, Reference, ReferenceInfo } from 'langium';
import type { CjmServices } from '../../cjm-module.js';

/**
 * The distinct names a reference of `container.property` could take, innermost scope
 * first, as the scope provider resolves them (journey-local names, then the workspace).
 */
export function namesInScope(services: CjmServices, container: AstNode, property: string, reference?: ReferenceInfo['reference']): string[] {
    // The scope depends only on where the reference is and its type, not on its text.
    const info: ReferenceInfo = { container, property, reference: reference ?? { $refText: '' } as Reference };
    const names = services.references.ScopeProvider.getScope(info).getAllElements().map(description => description.name);
    return [...new Set(names)];
}
