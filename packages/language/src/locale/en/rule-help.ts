import { RULES } from '../../validation/rules.js';
import type { RuleHelpWords } from '../rule-help-words.js';

export const ruleHelp: RuleHelpWords = RULES;
