import type { CodeAction } from 'vscode-languageserver';
import { isChannel, isPersona, type Channel, type Persona } from '../../generated/ast.js';
import { localFix, nodeAtDiagnostic, type FixContext } from './quick-fix.js';
import { removeDeclaration } from './text-edits.js';

/** unused-persona and unused-channel: remove the declaration, whole lines. */
export function removeUnused(context: FixContext): CodeAction[] {
    const node = nodeAtDiagnostic(context, (candidate): candidate is Persona | Channel => isPersona(candidate) || isChannel(candidate));
    const edit = node && removeDeclaration(context.document, node);
    return node && edit ? [localFix(context, `Remove unused ${isPersona(node) ? 'persona' : 'channel'} '${node.name}'`, [edit], true)] : [];
}
