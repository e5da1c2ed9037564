import type { CodeAction } from 'vscode-languageserver';
import { isBarrier } from '../../generated/ast.js';
import { localFix, nodeAtDiagnostic, type FixContext } from './quick-fix.js';
import { addMember } from './text-edits.js';

/**
 * barrier-needs-mitigation: an empty `mitigation ""` line in the barrier, the place to
 * write how the team removes it. Empty, it mitigates nothing, and the rule keeps reporting.
 */
export function addMitigation(context: FixContext): CodeAction[] {
    const barrier = nodeAtDiagnostic(context, isBarrier);
    const edit = barrier && addMember(context.document, barrier, 'mitigation ""');
    return barrier && edit ? [localFix(context, `Add a mitigation to barrier '${barrier.name}'`, [edit], true)] : [];
}
