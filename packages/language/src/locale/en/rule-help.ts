import { RULE_IDS, RULES } from '../../validation/rules.js';
import type { RuleHelpWords } from '../rule-help-words.js';

/** The registry's own texts, without its severities. */
export const ruleHelp = Object.fromEntries(RULE_IDS.map(id => [id, { summary: RULES[id].summary, help: RULES[id].help }])) as RuleHelpWords;
