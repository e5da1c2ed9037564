import type { Diagnostic } from 'vscode-languageserver';
import { isRuleId, RULES, ruleHelpUrl } from '../../validation/rules.js';

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** What the rule behind a cjm diagnostic wants, from the rule registry; nothing for other diagnostics. */
export function ruleHelp(diagnostic: Diagnostic): string | undefined {
    const id = String(diagnostic.code);
    if (!isRuleId(id)) {
        return undefined;
    }
    const rule = RULES[id];
    // The severity the diagnostic carries: the config may have changed the rule's default.
    const severity = SEVERITY[diagnostic.severity ?? 1];
    return `[\`${id}\`](${ruleHelpUrl(id)}) (${severity}): ${rule.summary}\n\n${rule.help}`;
}
