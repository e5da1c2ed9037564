import type { Diagnostic } from 'vscode-languageserver';
import type { RuleHelpWords } from '../../locale/rule-help-words.js';
import { isRuleId, ruleHelpUrl } from '../../validation/rules.js';

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** What the rule behind a cjm diagnostic wants, in the words given; nothing for other diagnostics. */
export function ruleHelp(diagnostic: Diagnostic, words: RuleHelpWords): string | undefined {
    const id = String(diagnostic.code);
    if (!isRuleId(id)) {
        return undefined;
    }
    const rule = words[id];
    // The severity the diagnostic carries (as the config names it): the config may have changed the rule's default.
    const severity = SEVERITY[diagnostic.severity ?? 1];
    return `[\`${id}\`](${ruleHelpUrl(id)}) (${severity}): ${rule.summary}\n\n${rule.help}`;
}
