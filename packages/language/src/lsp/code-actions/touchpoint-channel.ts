import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isJourney, isTouchpoint } from '../../generated/ast.js';
import { namesInScope } from './names-in-scope.js';
import { localFix, nodeAtDiagnostic, type FixContext } from './quick-fix.js';
import { insertAt } from './text-edits.js';

/**
 * touchpoint-needs-channel: `via X` after the touchpoint's name and title, one action per
 * channel the journey's touchpoints already use, or per channel in scope when none does.
 */
export function addChannel(context: FixContext): CodeAction[] {
    const touchpoint = nodeAtDiagnostic(context, isTouchpoint);
    const journey = touchpoint && AstUtils.getContainerOfType(touchpoint, isJourney);
    const cst = touchpoint?.$cstNode;
    const anchor = cst && (GrammarUtils.findNodeForProperty(cst, 'title') ?? GrammarUtils.findNodeForProperty(cst, 'name'));
    if (!journey || !anchor) {
        return [];
    }
    const model = context.services.model.JourneyModels.get(journey);
    const resolved = new Set(model.channels.map(channel => channel.name));
    const used = [...new Set(model.stages.flatMap(stage => stage.touchpoints).flatMap(({ channels }) => channels))].filter(name => resolved.has(name));
    const channels = used.length > 0 ? used : namesInScope(context.services, touchpoint, 'channels').sort((a, b) => a.localeCompare(b));
    return channels.map(name => localFix(context, `Add 'via ${name}'`, [insertAt(context.document, anchor.end, ` via ${name}`)], channels.length === 1));
}
